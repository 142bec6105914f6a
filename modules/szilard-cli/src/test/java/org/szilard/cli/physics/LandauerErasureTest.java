package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * Landauer erasure of a qubit (H = lambda S_z, one bath at T = 1): lambda goes from 0, where the Gibbs state is
 * maximally mixed (entropy ln 2), to 10 = 20 T, where it is nearly pure, with the bath attached. The heat dissipated,
 * -Q, is at least T Delta S with Delta S = S_initial - S_final, because -Q/T - Delta S is the entropy production.
 * A slow erasure comes close to the bound, and the ratio (-Q)/(T Delta S) falls towards 1 as the erasure slows down.
 * Computed from the energetics and entropy blocks. The bath has an ohmic spectrum, whose rates stay finite at
 * lambda = 0 (a flat spectrum's diverge as T/lambda there, and the ramp could not start at 0).
 */
class LandauerErasureTest {

    private static final double T = 1.0;

    private static final String ERASURE = """
            substance: { type: spin, spin: 0.5 }
            reservoirs:
              bath: { type: bosonic, temperature: 1.0, spectrum: ohmic, cutoff: 20.0 }
            protocol: { type: landauer, from: 0.0, to: 10.0, duration: %s }
            solver: { type: lindblad, tolerance: 1.0e-10 }
            analyzers: [energetics, entropy]
            """;

    /** Heat dissipated into the bath. */
    private static double dissipated(RunResult r) {
        return -Runs.heat(r, "bath");
    }

    /** S_initial - S_final. */
    private static double entropyRemoved(RunResult r) {
        return Runs.number(r, "entropy", "initial") - Runs.number(r, "entropy", "final");
    }

    @Test
    void dissipationRespectsTheBoundAndApproachesItWhenSlow(@TempDir Path folder) {
        double[] durations = {10, 30, 100};
        double[] ratio = new double[durations.length];
        for (int k = 0; k < durations.length; k++) {
            RunResult r = Runs.runYaml(folder, "erasure-" + k, ERASURE.formatted(durations[k]));
            assertTrue(r.warnings().isEmpty(), r.warnings().toString());
            assertEquals(Math.log(2), Runs.number(r, "entropy", "initial"), 1e-12, "one bit at lambda = 0");
            double removed = entropyRemoved(r);
            assertTrue(removed > 0.99 * Math.log(2), "entropy removed " + removed);
            double q = dissipated(r);
            // -Q/T = Delta S + Sigma with Sigma >= 0 (the bound) and equal to the reported production
            double production = Runs.number(r, "entropy", "production");
            assertEquals(q / T - removed, production, 1e-9);
            assertTrue(production >= 0 && q >= T * removed, "dissipated " + q + " < T Delta S " + T * removed);
            ratio[k] = q / (T * removed);
        }
        assertTrue(ratio[0] > ratio[1] && ratio[1] > ratio[2], Arrays.toString(ratio));
        assertTrue(ratio[2] < 1.05, "slow erasure: (-Q)/(T Delta S) = " + ratio[2]);
    }

    @Test
    void exampleErasesOneBitAndResetsTheHamiltonianForTheDissipatedHeat() {
        RunResult r = Runs.run(Runs.EXAMPLES.resolve("landauer-erasure.yaml"));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        double q = dissipated(r);
        double bound = T * entropyRemoved(r);
        assertTrue(q >= bound && q < 1.05 * bound, "dissipated " + q + ", bound " + bound);
        // H(0) = 0 at both ends, so the energy returns to 0 and the work done on the spin is the heat it dissipated
        assertEquals(q, -Runs.number(r, "energetics", "work"), 1e-9);
    }
}
