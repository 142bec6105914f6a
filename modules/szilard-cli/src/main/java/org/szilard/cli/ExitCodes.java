package org.szilard.cli;

/** The exit codes of the {@code szilard} command, as the scenario contract fixes them. */
final class ExitCodes {

    /** The run succeeded. */
    static final int OK = 0;
    /** Anything not covered by the other codes. */
    static final int FAILURE = 1;
    /** The scenario or the command line is invalid, or the file cannot be read. */
    static final int INVALID = 2;
    /** The solver could not meet its tolerance, or a numerical check failed. */
    static final int NUMERICAL = 3;

    private ExitCodes() {
    }
}
