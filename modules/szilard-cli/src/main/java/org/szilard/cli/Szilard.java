package org.szilard.cli;

import java.util.function.Supplier;
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
        subcommands = {RunCommand.class, SweepCommand.class, PluginsCommand.class, DescribeCommand.class,
            CommandLine.HelpCommand.class},
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

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of unexpected failures (exit code 1).")
    private boolean debug;

    private final Supplier<Installation> installationSource;
    private Installation installation;

    Szilard(Supplier<Installation> installationSource) {
        this.installationSource = installationSource;
    }

    public static void main(String[] args) {
        System.exit(commandLine(Installation::discover).execute(args));
    }

    /** The command line of a szilard working with the given installation, with its error reporting. */
    static CommandLine commandLine(Supplier<Installation> installation) {
        CommandLine commandLine = new CommandLine(new Szilard(installation));
        Diagnostics diagnostics = new Diagnostics();
        commandLine.setExecutionExceptionHandler(diagnostics);
        commandLine.setParameterExceptionHandler(diagnostics);
        return commandLine;
    }

    /** The installed plugins, found on first use. */
    Installation installation() {
        if (installation == null) {
            installation = installationSource.get();
        }
        return installation;
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: use 'szilard run FILE' or 'szilard plugins'");
    }
}
