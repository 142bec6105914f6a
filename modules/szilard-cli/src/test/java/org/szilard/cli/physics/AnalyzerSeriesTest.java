package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;
import org.szilard.kernel.engine.TimeSeries;

/**
 * The analyzers' time-series columns end to end (real plugins and engine): closed forms along the run, and a last
 * row equal to the results.
 */
class AnalyzerSeriesTest {

    @TempDir
    Path folder;

    /**
     * Two spins with XX coupling J = 1 from |up down>: in the subspace {|ud>, |du>} H = (J/2) sigma_x (the field,
     * ramped to make the solver step, is zero there), so psi(t) = cos(t/2) |ud> - i sin(t/2) |du>: concurrence
     * |sin t|, negativity |sin t|/2, S_A = S_B = h(cos^2(t/2)), I(A:B) = 2 S_A.
     */
    @Test
    void flipFlopPairEntanglesAsSinT() {
        RunResult r = Runs.runYaml(folder, "flip-flop", """
                substance: { type: spin-chain, sites: 2, jx: 1.0, jy: 1.0 }
                protocol: { type: ramp, from: 0.0, to: 1.0, duration: 3.0 }
                initial: { type: pure, vector: [0, 1, 0, 0] }
                solver: { type: unitary }
                analyzers: [entanglement]
                """);
        TimeSeries series = r.timeSeries();
        assertTrue(series.rows().size() > 10, "rows " + series.rows().size());
        for (int i = 0; i < series.rows().size(); i++) {
            double t = series.rows().get(i).time();
            double c = Math.abs(Math.sin(t));
            double s = h(Math.cos(t / 2) * Math.cos(t / 2));
            String at = " at t = " + t;
            assertEquals(c, series.value(i, "entanglement.concurrence"), 1e-8, "concurrence" + at);
            assertEquals(c / 2, series.value(i, "entanglement.negativity"), 1e-8, "negativity" + at);
            assertEquals(Math.log(1 + c) / Math.log(2), series.value(i, "entanglement.logNegativity"), 1e-8, at);
            assertEquals(s, series.value(i, "entanglement.entropyA"), 1e-8, "entropyA" + at);
            assertEquals(s, series.value(i, "entanglement.entropyB"), 1e-8, "entropyB" + at);
            assertEquals(2 * s, series.value(i, "entanglement.mutualInformation"), 1e-8, "mutual information" + at);
        }
        assertLastRowIsTheResult(r, "entanglement");
    }

    /**
     * spin-relaxation.yaml (H = S_z + 0.6 S_x, bath at T = 0.5) from |+>, whose Bloch vector x makes an angle with
     * the field axis n = (sin a, 0, cos a), tan a = 0.6: at t = 0, l1 = |x - (x.n) n| = cos a, C_r = h((1 + sin a)/2)
     * (a pure state), E = 0.3 and a passive energy of -|H|/2 = -sqrt(1.36)/2. Along the run the entropy removed is
     * -S(t) (S(0) = 0) and Spohn's inequality for the one global bath gives -Q(t) >= T (S(0) - S(t)) at every t.
     */
    @Test
    void relaxingSpinStartsAtTheClosedFormsAndKeepsLandauersBoundAlongTheRun() {
        RunResult r = Runs.runYaml(folder, "relaxation", """
                substance: { type: spin, spin: 0.5, transverse: 0.6 }
                reservoirs:
                  bath: { type: bosonic, temperature: 0.5, coupling: 0.2 }
                protocol: { type: hold, control: 1.0, duration: 10.0 }
                initial: { type: pure, vector: [1, 1] }
                solver: { type: lindblad, tolerance: 1.0e-10 }
                analyzers: [energetics, entropy, coherence, ergotropy, landauer]
                """);
        TimeSeries series = r.timeSeries();
        assertEquals(List.of("lambda", "energy", "work", "heat.bath", "entropy.vonNeumann", "coherence.l1",
                "coherence.relativeEntropy", "ergotropy.ergotropy", "ergotropy.energy", "ergotropy.passiveEnergy",
                "landauer.entropyRemoved"), series.quantities());
        double norm = Math.sqrt(1.36);
        assertEquals(1.0 / norm, series.value(0, "coherence.l1"), 1e-12);
        assertEquals(h((1 + 0.6 / norm) / 2), series.value(0, "coherence.relativeEntropy"), 1e-10);
        assertEquals(0.3, series.value(0, "ergotropy.energy"), 1e-12);
        assertEquals(-norm / 2, series.value(0, "ergotropy.passiveEnergy"), 1e-12);
        assertEquals(0.3 + norm / 2, series.value(0, "ergotropy.ergotropy"), 1e-12);
        for (int i = 0; i < series.rows().size(); i++) {
            String at = " at t = " + series.rows().get(i).time();
            double removed = series.value(i, "landauer.entropyRemoved");
            assertEquals(-series.value(i, "entropy.vonNeumann"), removed, 1e-12, "entropy removed" + at);
            assertEquals(series.value(i, "energy"), series.value(i, "ergotropy.energy"), 1e-12, "energy" + at);
            assertTrue(-series.value(i, "heat.bath") >= 0.5 * removed - 1e-9, "Landauer's bound" + at);
        }
        double l1 = series.value(series.rows().size() - 1, "coherence.l1");
        assertTrue(l1 < 0.5 / norm, "coherence decays: " + l1);
        assertLastRowIsTheResult(r, "coherence");
        assertLastRowIsTheResult(r, "ergotropy");
        assertEquals(Runs.number(r, "landauer", "entropyRemoved"),
                series.value(series.rows().size() - 1, "landauer.entropyRemoved"), 1e-12);
    }

    /** Every key of the analyzer's block has a column whose last value is the result. */
    private static void assertLastRowIsTheResult(RunResult r, String analyzer) {
        TimeSeries series = r.timeSeries();
        int last = series.rows().size() - 1;
        for (String key : Runs.values(r, analyzer).keySet()) {
            assertEquals(Runs.number(r, analyzer, key), series.value(last, analyzer + "." + key), 1e-12, key);
        }
    }

    /** The binary entropy in nats (0 ln 0 = 0). */
    private static double h(double p) {
        return (p > 0 ? -p * Math.log(p) : 0.0) + (p < 1 ? -(1 - p) * Math.log(1 - p) : 0.0);
    }
}
