package org.szilard.cli;

import org.szilard.cli.line.Arguments;
import org.szilard.cli.line.CommandSpec;
import org.szilard.cli.line.ParameterSpec;

/** {@code szilard help [COMMAND]}: the usage help of a command, or of szilard. */
final class HelpCommand {

    static final CommandSpec SPEC = CommandSetup.subcommand("help")
            .header("Display help information about the specified command.")
            .parameter(new ParameterSpec("COMMAND", true, "The command to explain."))
            .build();

    private HelpCommand() {
    }

    /** Carries the command out ({@link Subcommand.Action}). */
    static int call(Arguments arguments, Szilard szilard) {
        szilard.out().print(Szilard.usage(arguments.parameter(0).orElse(null)));
        szilard.out().flush();
        return ExitCodes.OK;
    }
}
