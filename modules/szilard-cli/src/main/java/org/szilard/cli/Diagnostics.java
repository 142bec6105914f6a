package org.szilard.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.solver.SolverException;
import org.szilard.cli.scenario.ScenarioException;
import org.szilard.kernel.engine.NumericalCheckException;
import org.szilard.kernel.scenario.ConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports problems on standard error as {@code szilard: error: ...} and turns them into the exit codes of the
 * scenario contract; stack traces only for unexpected failures, and only with {@code --debug}.
 */
final class Diagnostics implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final String ERROR = "szilard: error: ";
    private static final String WARNING = "szilard: warning: ";

    /** Prints a warning on standard error. */
    static void warn(PrintWriter err, String warning) {
        err.println(WARNING + warning);
        err.flush();
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(ERROR + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.INVALID;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int code = exitCode(ex);
        err.println(ERROR + message(ex));
        if (code == ExitCodes.FAILURE) {
            if (debug(parseResult)) {
                ex.printStackTrace(err);
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

    /** Whether --debug was given, to the top command or to a subcommand. */
    private static boolean debug(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
