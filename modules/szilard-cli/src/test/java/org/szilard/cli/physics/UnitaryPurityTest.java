package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * The {@code unitary} solver keeps a pure state pure. A closed spin 1/2 with a transverse field starts in |up>, which
 * is not an eigenstate of H = lambda S_z + h S_x, so the state really moves. Purity is read from the entropy block:
 * a state with eigenvalues 1 - e and e has S = -(1 - e) ln(1 - e) - e ln e ~ e (1 - ln e) and
 * 1 - Tr rho^2 = 2 e (1 - e); S below 1e-9 means e below 4e-11, so the purity has not moved by more than 1e-10.
 */
class UnitaryPurityTest {

    private static final double ENTROPY_BOUND = 1e-9;

    private static final String CLOSED_SPIN = """
            substance: { type: spin, spin: 0.5, transverse: 0.5 }
            protocol: %s
            initial: { type: pure, vector: [1, 0] }
            solver: { type: unitary }
            analyzers: [energetics, entropy]
            """;

    @Test
    void aConstantControlKeepsThePureStatePureAndDoesNoWork(@TempDir Path folder) {
        RunResult result = Runs.runYaml(folder, "hold",
                CLOSED_SPIN.formatted("{ type: hold, control: 1.0, duration: 37.0 }"));
        assertEquals(0.0, Runs.number(result, "entropy", "initial"), ENTROPY_BOUND);
        assertEquals(0.0, Runs.number(result, "entropy", "final"), ENTROPY_BOUND);
        assertEquals(0.0, Runs.number(result, "energetics", "work"));
    }

    @Test
    void aMovingControlKeepsThePureStatePure(@TempDir Path folder) {
        // a Landau-Zener sweep through the avoided crossing at lambda = 0: work is done, the state stays pure
        RunResult result = Runs.runYaml(folder, "ramp",
                CLOSED_SPIN.formatted("{ type: ramp, from: -3.0, to: 3.0, duration: 12.0, shape: linear }"));
        assertEquals(0.0, Runs.number(result, "entropy", "initial"), ENTROPY_BOUND);
        assertEquals(0.0, Runs.number(result, "entropy", "final"), ENTROPY_BOUND);
        assertTrue(Math.abs(Runs.number(result, "energetics", "work")) > 1e-2, "the sweep does work");
    }
}
