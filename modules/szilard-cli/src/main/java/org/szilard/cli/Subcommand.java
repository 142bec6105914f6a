package org.szilard.cli;

import org.szilard.cli.line.Arguments;
import org.szilard.cli.line.CommandSpec;

/** A command of {@code szilard}: what it accepts, and what it does with a command line parsed against that. */
interface Subcommand {

    /** Its name, options, parameters and usage help. */
    CommandSpec spec();

    /**
     * Carries the command out.
     *
     * @param arguments its command line, already checked against {@link #spec()}
     * @param szilard   where output goes and where the installed plugins come from
     * @return the exit code
     */
    int call(Arguments arguments, Szilard szilard);
}
