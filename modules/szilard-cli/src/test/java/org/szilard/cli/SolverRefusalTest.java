package org.szilard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A solver asked to do what it cannot refuses, through the real plugins: exit code 3, nothing on standard output,
 * and one line on standard error that says what the problem is and which solver to use instead.
 */
class SolverRefusalTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path directory;

    private CommandOutcome run(String scenario) throws IOException {
        Path file = Files.writeString(directory.resolve("scenario.yaml"), scenario);
        return CommandOutcome.execute(Installation::open, "run", file.toString(), "--json");
    }

    @Test
    void theUnitarySolverRefusesABath() throws IOException {
        CommandOutcome outcome = run("""
                substance: { type: spin, spin: 0.5 }
                reservoirs:
                  bath: { type: bosonic, temperature: 1.0 }
                protocol: { type: hold, control: 1.0, duration: 10 }
                solver: { type: unitary }
                """);
        assertEquals(3, outcome.code());
        assertEquals("", outcome.out());
        assertEquals("szilard: error: the solver failed: unitary solver: reservoirs are attached in a segment of "
                + "duration 10.0; the unitary solver handles closed systems: use lindblad" + NL, outcome.err());
    }
}
