package org.szilard.cli;

import org.szilard.cli.line.Arguments;
import org.szilard.cli.line.CommandSpec;

/**
 * A command of {@code szilard}: what it accepts, and what it does with a command line parsed against that.
 *
 * @param spec   its name, options, parameters and usage help
 * @param action what it does
 */
record Subcommand(CommandSpec spec, Action action) {

    /** What a command does. */
    @FunctionalInterface
    interface Action {
        /**
         * Carries the command out.
         *
         * @param arguments its command line, already checked against the command's spec
         * @param szilard   where output goes and where the installed plugins come from
         * @return the exit code
         */
        int call(Arguments arguments, Szilard szilard);
    }
}
