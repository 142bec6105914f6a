package org.szilard.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.szilard.cli.line.Arguments;
import org.szilard.cli.line.CommandSpec;
import org.szilard.cli.line.LineParser;
import org.szilard.cli.line.UsageException;
import org.szilard.cli.line.UsageHelp;

/**
 * The {@code szilard} command: runs scenario files and lists the installed plugins. Options before the command's
 * name belong to {@code szilard} itself ({@code --debug}, {@code --help}, {@code --version}); the rest of the line is
 * the command's. The command line is read by the small parser of {@link org.szilard.cli.line}, not a library:
 * picocli, used before, spent 0.08-0.12 s of every process in its own start-up (docs/architecture.md).
 */
public final class Szilard {

    private static final CommandSpec SPEC = CommandSetup.exitCodes(CommandSpec.named(CommandSetup.NAME)
            .paragraph("Simulates quantum thermodynamic machines (heat engines, refrigerators, batteries, "
                    + "information engines) described in a scenario file: a working substance, reservoirs, a drive "
                    + "protocol, the initial state, a solver and the analyzers whose results you want. Every part is "
                    + "a plugin type; 'szilard plugins' lists the installed ones.")
            .option(CommandSetup.DEBUG),
            "invalid scenario or command line, or a file that cannot be read",
            "the solver could not meet its tolerance, or a numerical check failed")
            .example("szilard run examples/spin-otto.yaml")
            .example("szilard run examples/spin-otto.yaml --json --out results/spin-otto")
            .example("szilard describe otto")
            .example("szilard help run")
            .build();

    /** The commands, by name, in the order of the usage help. */
    private static final Map<String, Subcommand> COMMANDS = commands(
            new Subcommand(RunCommand.SPEC, RunCommand::call),
            new Subcommand(SweepCommand.SPEC, SweepCommand::call),
            new Subcommand(PluginsCommand.SPEC, PluginsCommand::call),
            new Subcommand(DescribeCommand.SPEC, DescribeCommand::call),
            new Subcommand(HelpCommand.SPEC, HelpCommand::call));

    private final Function<PluginRuntime, Installation> installationSource;
    private final PrintWriter out;
    private final PrintWriter err;
    private Installation installation;

    /**
     * @param installationSource loads the plugins with a runtime (the first command that needs them calls it)
     * @param out                standard output
     * @param err                standard error
     */
    Szilard(Function<PluginRuntime, Installation> installationSource, PrintWriter out, PrintWriter err) {
        this.installationSource = installationSource;
        this.out = out;
        this.err = err;
    }

    /** Runs the command, shuts the plugin runtime down and exits with the command's exit code. */
    public static void main(String[] args) {
        Szilard szilard = new Szilard(Installation::open, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true));
        int exitCode = szilard.execute(args);
        szilard.close();
        System.exit(exitCode);
    }

    /** Carries out a command line; returns its exit code. Problems are reported on standard error. */
    int execute(String... args) {
        int commandIndex = 0;
        while (commandIndex < args.length && args[commandIndex].startsWith("-")) {
            commandIndex++;
        }
        boolean debug = false;
        try {
            Arguments own = LineParser.parse(SPEC, Arrays.asList(args).subList(0, commandIndex));
            debug = own.has(CommandSetup.DEBUG.name());
            if (answered(own)) {
                return ExitCodes.OK;
            }
            if (commandIndex == args.length) {
                throw new UsageException(SPEC, "missing command: use 'szilard run FILE' or 'szilard plugins'");
            }
            Subcommand command = command(args[commandIndex]);
            Arguments arguments = LineParser.parse(command.spec(),
                    Arrays.asList(args).subList(commandIndex + 1, args.length));
            debug |= arguments.has(CommandSetup.DEBUG.name());
            if (answered(arguments)) {
                return ExitCodes.OK;
            }
            return command.action().call(arguments, this);
        } catch (UsageException problem) {
            return Diagnostics.usage(problem, err);
        } catch (RuntimeException failure) {
            return Diagnostics.failure(failure, debug, err);
        }
    }

    /** Prints the command's usage help or the version when the arguments ask for it; whether they did. */
    private boolean answered(Arguments arguments) {
        if (arguments.has(CommandSpec.HELP.name())) {
            out.print(usage(arguments.command()));
        } else if (arguments.has(CommandSpec.VERSION.name())) {
            VersionProvider.lines().forEach(out::println);
        } else {
            return false;
        }
        out.flush();
        return true;
    }

    /** The command of a name; an unknown name is a usage error that offers the nearest command. */
    private static Subcommand command(String name) {
        Subcommand command = COMMANDS.get(name);
        if (command == null) {
            throw new UsageException(SPEC, "Unknown command: '" + name + "'; the commands are "
                    + String.join(", ", COMMANDS.keySet()), LineParser.nearest(commandNames(), name));
        }
        return command;
    }

    /** The usage help of a command; the top command's lists the commands. */
    static String usage(CommandSpec command) {
        if (command != SPEC) {
            return UsageHelp.of(command);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        COMMANDS.forEach((name, c) -> headers.put(name, c.spec().header()));
        return UsageHelp.of(SPEC, headers);
    }

    /** The usage help of the command of a name, or of szilard itself for null. */
    static String usage(String commandName) {
        return usage(commandName == null ? SPEC : command(commandName).spec());
    }

    /** The names of the commands, in the order of the usage help. */
    static List<String> commandNames() {
        return List.copyOf(COMMANDS.keySet());
    }

    private static Map<String, Subcommand> commands(Subcommand... commands) {
        Map<String, Subcommand> byName = new LinkedHashMap<>();
        for (Subcommand command : commands) {
            String qualified = command.spec().name();
            byName.put(qualified.substring(qualified.lastIndexOf(' ') + 1), command);
        }
        return byName;
    }

    /** Standard output. */
    PrintWriter out() {
        return out;
    }

    /** Standard error. */
    PrintWriter err() {
        return err;
    }

    /**
     * The installed plugins as the chosen runtime loads them, on first use.
     *
     * @param command the command that needs them, which a runtime that cannot be used here is reported against
     */
    Installation installation(PluginRuntime runtime, CommandSpec command) {
        if (runtime == PluginRuntime.OSGI && Installation.pluginsFolder().isEmpty()) {
            throw new UsageException(command, "--runtime osgi loads the plugins folder of an installation: start "
                    + "szilard with its launcher (bin/szilard), or choose --runtime modules");
        }
        if (runtime == PluginRuntime.MODULES && Installation.pluginsFolder().isPresent()
                && !Szilard.class.getModule().isNamed()) {
            throw new UsageException(command, "--runtime modules loads the plugins as modules beside Szilard's own, "
                    + "but Szilard was started from the class path: start it with its launcher (bin/szilard), which "
                    + "starts it as modules when --runtime modules is among the arguments");
        }
        if (installation == null) {
            installation = installationSource.apply(runtime);
        }
        return installation;
    }

    /** Shuts the plugin runtime down, if one was started. */
    void close() {
        if (installation != null) {
            installation.close();
        }
    }
}
