package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * The harmonic Otto engine at high temperature gives the Curzon-Ahlborn efficiency at maximum work. With the number
 * model H = w (n + 1/2) and long isochores, W = ((w_h - w_c)/2)(coth(w_h/2T_h) - coth(w_c/2T_c)); for w/T small,
 * coth(y) ~ 1/y, so with r = w_c/w_h, W ~ (1 - r)(T_h - T_c/r), largest at r = sqrt(T_c/T_h), where the Otto
 * efficiency 1 - r is 1 - sqrt(T_c/T_h). The cycle time is fixed, so this is also the maximum power.
 *
 * <p>Cost: the hot state's w_h/T_h = 0.5 needs 32 levels (top level below 1e-6, so no truncation warning) and puts
 * the exact maximum at r = 0.495; isochores of 15/gamma thermalise to e^-15, and the limit cycle is reached in two
 * cycles. A coarse scan r = 0.3 ... 0.7 finds the maximum on the grid, then two runs half a step either side give a
 * parabola whose vertex estimates r* (7 runs of about a second each).
 */
class CurzonAhlbornTest {

    private static final double TH = 4.0, TC = 1.0, WH = 2.0;
    private static final double STEP = 0.1;

    @TempDir
    Path folder;

    private double work(double r) {
        RunResult result = Runs.runYaml(folder, "harmonic-otto", """
                substance: { type: oscillator, levels: 32, model: number }
                reservoirs:
                  hot:  { type: bosonic, temperature: %s }
                  cold: { type: bosonic, temperature: %s }
                protocol:
                  type: otto
                  control: { hot: %s, cold: %s }
                  durations: { hot: 15, expansion: 1, cold: 15, compression: 1 }
                  maxCycles: 5
                solver: { type: lindblad, tolerance: 1.0e-10 }
                analyzers: [energetics]
                """.formatted(TH, TC, WH, r * WH));
        assertTrue(result.converged(), "r = " + r);
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        assertEquals(1 - r, Runs.number(result, "energetics", "efficiency"), 1e-6);
        double w = Runs.number(result, "energetics", "work");
        double wc = r * WH;
        double exact = (WH - wc) / 2 * (coth(WH / (2 * TH)) - coth(wc / (2 * TC)));
        assertEquals(exact, w, 1e-4 * exact, "r = " + r);
        return w;
    }

    private static double coth(double x) {
        return 1.0 / Math.tanh(x);
    }

    @Test
    void maximumWorkIsAtTheCurzonAhlbornEfficiency() {
        double optimum = Math.sqrt(TC / TH);
        double best = Double.NaN, bestWork = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 5; k++) {
            double r = 0.3 + k * STEP;
            double w = work(r);
            if (w > bestWork) {
                best = r;
                bestWork = w;
            }
        }
        assertTrue(best > 0.3 && best < 0.7, "the maximum lies inside the scan: " + best);
        assertEquals(optimum, best, STEP / 2, "grid maximum");

        double h = STEP / 2;
        double left = work(best - h), right = work(best + h);
        assertTrue(left < bestWork && right < bestWork);
        double vertex = best + h / 2 * (left - right) / (left - 2 * bestWork + right);
        assertEquals(optimum, vertex, 0.01, "parabola vertex");
        assertEquals(1 - optimum, 1 - vertex, 0.01, "efficiency at maximum work");
        // the high-temperature work at the optimum, (1 - r)(T_h - T_c/r), holds to a few percent at w_h/T_h = 0.5
        assertEquals((1 - optimum) * (TH - TC / optimum), bestWork, 0.05 * bestWork);
    }
}
