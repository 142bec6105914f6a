package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.szilard.kernel.engine.RunResult;

/**
 * The four regimes of the spin-1/2 Otto cycle (H = lambda S_z, long isochores, T_h &gt; T_c, lambda_h &gt; 0 on the
 * hot isochore). The closed strokes keep the populations, so with g = tanh(lambda_c/2T_c) - tanh(lambda_h/2T_h) per
 * cycle Q_h = (lambda_h/2) g, Q_c = -(lambda_c/2) g and W = Q_h + Q_c = ((lambda_h - lambda_c)/2) g. With
 * r = lambda_c/lambda_h and theta = T_c/T_h &lt; 1, g has the sign of r - theta for r &gt; 0, and g &lt; 0 for
 * r &lt; 0. Hence:
 * <ul>
 *   <li>engine (W &gt; 0): theta &lt; r &lt; 1;</li>
 *   <li>refrigerator (W &lt; 0, Q_c &gt; 0): 0 &lt; r &lt; theta;</li>
 *   <li>accelerator (W &lt; 0, Q_c &lt; 0, Q_h &gt; 0): r &gt; 1, which needs lambda_c &gt; lambda_h (a larger gap on
 *       the cold isochore: work pushes heat from hot to cold);</li>
 *   <li>heater (W &lt; 0, both heats &lt; 0): r &lt; 0, which needs lambda to change sign between the isochores (the
 *       levels cross on the closed strokes, so both baths receive energy the drive put in).</li>
 * </ul>
 * The boundaries are r = theta (no heat flows), r = 1 (no work) and r = 0 (no cold heat). Each case below lies well
 * inside its region at two temperature ratios; the run must give the analytic work and heats and the classifier the
 * regime those analytic values have under the rule of docs/physics.md.
 */
class OttoRegimeTest {

    private static final double LH = 4.0;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "T_h = {0}, T_c = {1}, lambda_c = {2}: {3}")
    @CsvSource({
            "4.0, 1.0, 2.5,  engine",       // theta = 1/4, r = 0.625
            "4.0, 1.0, 0.5,  refrigerator", //              r = 0.125
            "4.0, 1.0, 6.0,  accelerator",  //              r = 1.5
            "4.0, 1.0, -2.0, heater",       //              r = -0.5
            "2.0, 1.0, 3.0,  engine",       // theta = 1/2, r = 0.75
            "2.0, 1.0, 1.0,  refrigerator", //              r = 0.25
            "2.0, 1.0, 6.0,  accelerator",  //              r = 1.5
            "2.0, 1.0, -2.0, heater"})      //              r = -0.5
    void landsInTheRegimeTheoryPredicts(double th, double tc, double lc, String regime) {
        double g = Math.tanh(lc / (2 * tc)) - Math.tanh(LH / (2 * th));
        double qh = LH / 2 * g, qc = -lc / 2 * g, w = (LH - lc) / 2 * g;
        assertEquals(regime, classify(w, qh, qc), "the case is not where its comment puts it");
        double smallest = Math.min(Math.abs(w), Math.min(Math.abs(qh), Math.abs(qc)));
        assertTrue(smallest > 0.04, "too close to a boundary: " + smallest);

        RunResult r = Runs.runYaml(folder, "otto", """
                substance: { type: spin, spin: 0.5 }
                reservoirs:
                  hot:  { type: bosonic, temperature: %s }
                  cold: { type: bosonic, temperature: %s }
                protocol:
                  type: otto
                  control: { hot: %s, cold: %s }
                  durations: { hot: 40, expansion: 1, cold: 40, compression: 1 }
                solver: { type: lindblad, tolerance: 1.0e-10 }
                analyzers: [energetics, entropy]
                """.formatted(th, tc, LH, lc));
        assertTrue(r.converged());
        assertEquals(w, Runs.number(r, "energetics", "work"), 1e-6);
        assertEquals(qh, Runs.heat(r, "hot"), 1e-6);
        assertEquals(qc, Runs.heat(r, "cold"), 1e-6);
        assertEquals(regime, Runs.values(r, "energetics").get("regime"));
        if (regime.equals("engine")) {
            assertEquals(1 - lc / LH, Runs.number(r, "energetics", "efficiency"), 1e-6);
        } else if (regime.equals("refrigerator")) {
            assertEquals(lc / (LH - lc), Runs.number(r, "energetics", "cop"), 1e-5);
        }
        assertTrue(Runs.number(r, "entropy", "production") > 0);
    }

    /** The classification rule of docs/physics.md with hot and cold the two baths. */
    private static String classify(double w, double qh, double qc) {
        return w > 0 ? "engine" : qc > 0 ? "refrigerator" : qh > 0 ? "accelerator" : "heater";
    }
}
