package org.szilard.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code szilard} command: runs scenario files and lists the installed plugins. */
@Command(name = "szilard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        descriptionHeading = "%n",
        description = {
            "Simulates quantum thermodynamic machines (heat engines, refrigerators, batteries, information "
                + "engines) described in a scenario file: a working substance, reservoirs, a drive protocol, the "
                + "initial state, a solver and the analyzers whose results you want. Every part is a plugin type; "
                + "'szilard plugins' lists the installed ones.",
            ""
        },
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:any other failure (add --debug for the stack trace)",
            "2:invalid scenario or command line, or a file that cannot be read",
            "3:the solver could not meet its tolerance, or a numerical check failed"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  szilard run examples/spin-otto.yaml",
            "  szilard run examples/spin-otto.yaml --json --out results/spin-otto",
            "  szilard describe otto",
            "  szilard help run"
        })
public final class Szilard implements Runnable {

    /** The subcommands in the order of the usage help, by name. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(RunCommand.class, SweepCommand.class,
            PluginsCommand.class, DescribeCommand.class, CommandLine.HelpCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of unexpected failures (exit code 1).")
    private boolean debug;

    private final Function<PluginRuntime, Installation> installationSource;
    private Installation installation;

    Szilard(Function<PluginRuntime, Installation> installationSource) {
        this.installationSource = installationSource;
    }

    /** Runs the command, shuts the plugin runtime down and exits with the command's exit code. */
    public static void main(String[] args) {
        Szilard szilard = new Szilard(Installation::open);
        int exitCode = commandLine(szilard, args).execute(args);
        if (szilard.installation != null) {
            szilard.installation.close();
        }
        System.exit(exitCode);
    }

    /**
     * The command line of a szilard working with the installation a runtime loads, with its error reporting, ready to
     * execute the arguments given. Picocli builds the model of every subcommand it is given by reflection, a large part
     * of the start-up of a szilard process; arguments that begin with a subcommand's name (other than {@code help})
     * get only that one, which parses and reports exactly as it would among all of them.
     */
    static CommandLine commandLine(Function<PluginRuntime, Installation> installation, String... args) {
        return commandLine(new Szilard(installation), args);
    }

    private static CommandLine commandLine(Szilard szilard, String[] args) {
        CommandLine commandLine = new CommandLine(szilard);
        String named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help") ? args[0] : null;
        SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                commandLine.addSubcommand(command);
            }
        });
        // after the subcommands: picocli hands these settings only to the subcommands already added
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        Diagnostics diagnostics = new Diagnostics();
        commandLine.setExecutionExceptionHandler(diagnostics);
        commandLine.setParameterExceptionHandler(diagnostics);
        return commandLine;
    }

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return byName;
    }

    /** The installed plugins as the chosen runtime loads them, on first use. */
    Installation installation(PluginRuntime runtime) {
        if (runtime == PluginRuntime.OSGI && Installation.pluginsFolder().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--runtime osgi loads the plugins folder of an "
                    + "installation: start szilard with its launcher (bin/szilard), or choose --runtime modules");
        }
        if (runtime == PluginRuntime.MODULES && Installation.pluginsFolder().isPresent()
                && !Szilard.class.getModule().isNamed()) {
            throw new ParameterException(spec.commandLine(), "--runtime modules loads the plugins as modules beside "
                    + "Szilard's own, but Szilard was started from the class path: the launcher starts it as modules "
                    + "when it finds --runtime modules among the arguments (not inside an @file)");
        }
        if (installation == null) {
            installation = installationSource.apply(runtime);
        }
        return installation;
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: use 'szilard run FILE' or 'szilard plugins'");
    }
}
