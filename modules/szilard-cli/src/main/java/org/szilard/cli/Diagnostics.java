package org.szilard.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.solver.SolverException;
import org.szilard.cli.line.UsageException;
import org.szilard.cli.scenario.ScenarioException;
import org.szilard.kernel.engine.NumericalCheckException;
import org.szilard.kernel.scenario.ConfigurationException;

/**
 * Reports problems on standard error as {@code szilard: error: ...} and turns them into the exit codes of the
 * scenario contract; stack traces only for unexpected failures, and only with {@code --debug}.
 */
final class Diagnostics {

    private static final String ERROR = "szilard: error: ";
    private static final String WARNING = "szilard: warning: ";

    private Diagnostics() {
    }

    /** Prints a warning on standard error. */
    static void warn(PrintWriter err, String warning) {
        err.println(WARNING + warning);
        err.flush();
    }

    /** Reports a command line that cannot be carried out, with where to read more; exit code 2. */
    static int usage(UsageException problem, PrintWriter err) {
        err.println(ERROR + problem.getMessage());
        if (problem.suggestion() != null) {
            err.println("Did you mean '" + problem.suggestion() + "'?");
        }
        err.println("Try '" + problem.command().name() + " --help' for more information.");
        err.flush();
        return ExitCodes.INVALID;
    }

    /** Reports a failure of a command with the exit code its kind calls for; the stack trace with --debug. */
    static int failure(RuntimeException failure, boolean debug, PrintWriter err) {
        int code = exitCode(failure);
        err.println(ERROR + message(failure));
        if (code == ExitCodes.FAILURE) {
            if (debug) {
                failure.printStackTrace(err);
            } else {
                err.println("szilard: run again with --debug to see the stack trace");
            }
        }
        err.flush();
        return code;
    }

    private static int exitCode(Exception ex) {
        if (ex instanceof ScenarioException || ex instanceof ConfigurationException
                || ex instanceof InvalidParameterException) {
            return ExitCodes.INVALID;
        }
        if (ex instanceof SolverException || ex instanceof NumericalCheckException) {
            return ExitCodes.NUMERICAL;
        }
        return ExitCodes.FAILURE;
    }

    private static String message(Exception ex) {
        if (ex instanceof ConfigurationException problem) {
            return problem.blockPath() + (isEmpty(problem.key()) ? "" : "." + problem.key()) + ": " + ex.getMessage();
        }
        if (ex instanceof InvalidParameterException problem) {
            return (isEmpty(problem.key()) ? "" : problem.key() + ": ") + ex.getMessage();
        }
        if (ex instanceof SolverException) {
            return "the solver failed: " + ex.getMessage();
        }
        if (ex instanceof NumericalCheckException) {
            return "a numerical check failed: " + ex.getMessage();
        }
        if (ex instanceof ScenarioException || ex instanceof UncheckedIOException) {
            return ex.getMessage();
        }
        return ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    }

    private static boolean isEmpty(String key) {
        return key == null || key.isEmpty();
    }
}
