package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * The {@code fluctuations} analyzer (two-point-measurement work statistics) on closed driven systems:
 * <ul>
 *   <li>a spin-1/2 with a transverse field, H = lambda S_z + h S_x, driven from lambda = 1 to 3 from the Gibbs state
 *       at T = 1: Jarzynski and Crooks hold to round-off for a finite-time ramp, the two solvers give the same
 *       distribution, and a sudden quench gives the analytic four-point distribution p_n |&lt;m(3)|n(1)&gt;|^2 with
 *       |&lt;m|n&gt;|^2 = cos^2 or sin^2 of half the angle between the field directions;</li>
 *   <li>the parametric oscillator H = (p^2 + w^2 x^2)/2 under a sudden quench w0 -&gt; w1 from the Gibbs state:
 *       &lt;W&gt; = (coth(w0/2T)/4)(w1^2/w0 - w0) and Delta F = T ln(sinh(w1/2T)/sinh(w0/2T)) (Deffner and Lutz,
 *       PRE 77, 021128, 2008), with 60 levels so that the misplaced top level of the truncated H(w0) (at
 *       w0 (N-1)/2, populated e^(-(N-1)/2T)) is negligible;</li>
 *   <li>with a bath attached the block is null with a warning.</li>
 * </ul>
 */
class TwoPointWorkStatisticsTest {

    private static final double H = 0.5, T = 1.0, FROM = 1.0, TO = 3.0;
    private static final double D0 = Math.hypot(FROM, H), D1 = Math.hypot(TO, H);

    @TempDir
    Path folder;

    private RunResult spin(String ramp, String solver) {
        return Runs.runYaml(folder, "tpm", """
                substance: { type: spin, spin: 0.5, transverse: 0.5 }
                protocol: { type: ramp, from: 1.0, to: 3.0, %s }
                solver: { type: %s, tolerance: 1.0e-12 }
                initial: { type: thermal, temperature: 1.0 }
                analyzers: [fluctuations]
                """.formatted(ramp, solver));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Double>> distribution(RunResult r) {
        return (List<Map<String, Double>>) Runs.values(r, "fluctuations").get("distribution");
    }

    @Test
    void finiteTimeRampSatisfiesJarzynskiAndCrooks() {
        RunResult lindblad = spin("duration: 2.0", "lindblad");
        RunResult unitary = spin("duration: 2.0", "unitary");
        double dF = -T * Math.log(Math.cosh(D1 / (2 * T)) / Math.cosh(D0 / (2 * T)));
        for (RunResult r : new RunResult[] {lindblad, unitary}) {
            assertEquals(dF, Runs.number(r, "fluctuations", "freeEnergyDifference"), 1e-12);
            assertEquals(dF, Runs.number(r, "fluctuations", "jarzynski"), 1e-10);
            assertTrue(Runs.number(r, "fluctuations", "crooksMaxDeviation") < 1e-10);
            assertEquals(4, distribution(r).size());
            double total = distribution(r).stream().mapToDouble(e -> e.get("probability")).sum();
            assertEquals(1.0, total, 1e-12);
        }
        for (int k = 0; k < 4; k++) {
            Map<String, Double> a = distribution(lindblad).get(k), b = distribution(unitary).get(k);
            assertEquals(a.get("work"), b.get("work"), 1e-12);
            assertEquals(a.get("probability"), b.get("probability"), 1e-8);
        }
        double excitation = distribution(unitary).get(0).get("probability") + distribution(unitary).get(3)
                .get("probability");
        assertTrue(excitation > 1e-3, "a 2-unit ramp is not adiabatic: " + excitation);
    }

    @Test
    void suddenQuenchGivesTheAnalyticDistribution() {
        RunResult r = spin("duration: 0", "unitary");
        double half = (Math.atan2(H, TO) - Math.atan2(H, FROM)) / 2;
        double stay = Math.cos(half) * Math.cos(half), flip = 1 - stay;
        double ground = 1 / (1 + Math.exp(-D0 / T)), excited = 1 - ground;
        double[][] expected = {
                {-(D0 + D1) / 2, excited * flip}, {(D0 - D1) / 2, ground * stay},
                {(D1 - D0) / 2, excited * stay}, {(D0 + D1) / 2, ground * flip}};
        List<Map<String, Double>> distribution = distribution(r);
        assertEquals(4, distribution.size());
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k][0], distribution.get(k).get("work"), 1e-12);
            assertEquals(expected[k][1], distribution.get(k).get("probability"), 1e-12);
        }
        double mean = -(TO - FROM) / (2 * D0) * Math.tanh(D0 / (2 * T));
        assertEquals(mean, Runs.number(r, "fluctuations", "meanWork"), 1e-12);
        assertTrue(Runs.number(r, "fluctuations", "crooksMaxDeviation") < 1e-12);
    }

    @Test
    void parametricOscillatorSuddenQuench() {
        double w0 = 1.0, w1 = 2.0, t = 1.0;
        RunResult r = Runs.runYaml(folder, "quench", """
                substance: { type: oscillator, levels: 60, model: parametric, referenceFrequency: 1.0 }
                protocol: { type: ramp, from: 1.0, to: 2.0, duration: 0 }
                solver: { type: unitary }
                initial: { type: thermal, temperature: 1.0 }
                analyzers: [{ type: fluctuations, temperature: 1.0 }]
                """);
        double coth = 1 / Math.tanh(w0 / (2 * t));
        assertEquals(coth / 4 * (w1 * w1 / w0 - w0), Runs.number(r, "fluctuations", "meanWork"), 1e-9);
        double dF = t * Math.log(Math.sinh(w1 / (2 * t)) / Math.sinh(w0 / (2 * t)));
        assertEquals(dF, Runs.number(r, "fluctuations", "freeEnergyDifference"), 1e-9);
        assertEquals(dF, Runs.number(r, "fluctuations", "jarzynski"), 1e-9);
        assertTrue(Runs.number(r, "fluctuations", "crooksMaxDeviation") < 1e-10);
    }

    @Test
    void openRunHasNoStatistics() {
        RunResult r = Runs.runYaml(folder, "open", """
                substance: { type: spin, spin: 0.5, transverse: 0.5 }
                reservoirs:
                  bath: { type: bosonic, temperature: 1.0 }
                protocol: { type: ramp, from: 1.0, to: 3.0, duration: 1.0, reservoirs: [bath] }
                solver: { type: lindblad, tolerance: 1.0e-8 }
                analyzers: [fluctuations]
                """);
        assertNull(Runs.values(r, "fluctuations").get("distribution"));
        assertTrue(Double.isNaN(Runs.number(r, "fluctuations", "jarzynski")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("the run is open") && w.contains("jumps solver")), r.warnings().toString());
    }
}
