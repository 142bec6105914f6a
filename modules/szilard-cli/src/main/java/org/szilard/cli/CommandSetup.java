package org.szilard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.szilard.cli.line.Arguments;
import org.szilard.cli.line.CommandSpec;
import org.szilard.cli.line.OptionSpec;
import org.szilard.cli.line.UsageException;

/**
 * What the commands share: the name, the options every command or several take, and the steps the commands that run
 * scenarios ({@code run}, {@code sweep}) take before they start.
 */
final class CommandSetup {

    /** The command's name. */
    static final String NAME = "szilard";
    /** The option that adds stack traces to unexpected failures; every command takes it. */
    static final OptionSpec DEBUG = OptionSpec.flag("--debug",
            "Print the stack trace of unexpected failures (exit code 1).");
    /** The option of the commands that write files into a directory. */
    static final String OUT = "--out";

    private CommandSetup() {
    }

    /**
     * The {@code --out} directory, or null when the option was not given; one that exists and is not a directory is
     * rejected before any work is done.
     */
    static Path outDirectory(Arguments arguments) {
        Path out = arguments.path(OUT);
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException(arguments.command(), OUT + " " + out + ": exists and is not a directory");
        }
        return out;
    }

    /**
     * The installed plugins as the chosen runtime loads them, with the problems found while discovering them
     * reported on {@code err}.
     */
    static Installation installation(Szilard szilard, Arguments arguments, PrintWriter err) {
        Installation installation = szilard.installation(RuntimeOption.choice(arguments), arguments.command());
        installation.registry().problems().forEach(problem -> Diagnostics.warn(err, problem));
        return installation;
    }

    /**
     * The exit codes of a command: 0 and 1 as for every command, and what 2 and 3 mean for this one.
     *
     * @param invalid   what exit code 2 means for it
     * @param numerical what exit code 3 means for it
     */
    static CommandSpec.Builder exitCodes(CommandSpec.Builder command, String invalid, String numerical) {
        return command.exitCode(ExitCodes.OK, "success")
                .exitCode(ExitCodes.FAILURE, "any other failure (add --debug for the stack trace)")
                .exitCode(ExitCodes.INVALID, invalid)
                .exitCode(ExitCodes.NUMERICAL, numerical);
    }

    /** A builder of a subcommand of szilard, with the options every subcommand takes ({@code --debug}). */
    static CommandSpec.Builder subcommand(String name) {
        return CommandSpec.named(NAME + " " + name).option(DEBUG);
    }
}
