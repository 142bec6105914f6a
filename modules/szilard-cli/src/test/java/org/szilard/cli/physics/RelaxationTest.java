package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.szilard.kernel.engine.RunResult;

/**
 * examples/spin-relaxation.yaml (a spin-1/2 with a transverse field relaxing from a state with coherence) against
 * QuTiP 4.7.1: reference/relaxation-transverse.properties, made by docs/validation/relaxation_transverse.py.
 */
class RelaxationTest {

    private static final Reference REFERENCE = Reference.load("relaxation-transverse");
    private static RunResult result;

    @BeforeAll
    static void run() {
        result = Runs.run(Runs.EXAMPLES.resolve("spin-relaxation.yaml"));
    }

    private static double ref(String key) {
        return REFERENCE.get(key);
    }

    @Test
    void heatMatchesQutip() {
        assertEquals(ref("t10.heat"), Runs.heat(result, "bath"), 1e-6);
        assertEquals(0.0, Runs.number(result, "energetics", "work"), 1e-12);
    }

    @Test
    void entropiesMatchQutip() {
        assertEquals(ref("initial.entropy"), Runs.number(result, "entropy", "initial"), 1e-9);
        assertEquals(ref("t10.entropy"), Runs.number(result, "entropy", "final"), 1e-6);
        assertEquals(ref("t10.entropyProduction"), Runs.number(result, "entropy", "production"), 1e-6);
    }
}
