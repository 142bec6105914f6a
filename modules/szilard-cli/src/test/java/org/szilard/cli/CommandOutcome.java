package org.szilard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Function;

/**
 * What a command line did: its exit code and what it wrote on standard output and standard error.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
record CommandOutcome(int code, String out, String err) {

    /** Runs a szilard command line with an installation, capturing its output. */
    static CommandOutcome execute(Installation installation, String... args) {
        return execute(runtime -> installation, args);
    }

    /** Runs a szilard command line with the installation a runtime opens, capturing its output. */
    static CommandOutcome execute(Function<PluginRuntime, Installation> installations, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Szilard(installations, new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new CommandOutcome(code, out.toString(), err.toString());
    }

    /** Runs a command line that must succeed (exit code 0, else the test fails with standard error). */
    static CommandOutcome success(Installation installation, String... args) {
        CommandOutcome outcome = execute(installation, args);
        assertEquals(0, outcome.code(), outcome.err());
        return outcome;
    }
}
