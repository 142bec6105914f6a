package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * The harmonic Otto engine (number model H = w (n + 1/2), long isochores): the oscillator leaves each bath thermal
 * and the strokes keep its populations, so per cycle W = ((w_h - w_c)/2)(coth(w_h/2T_h) - coth(w_c/2T_c)) and the
 * efficiency is 1 - w_c/w_h.
 */
class OscillatorOttoTest {

    private static double coth(double x) {
        return 1.0 / Math.tanh(x);
    }

    @Test
    void workPerCycleIsTheAnalyticValue(@TempDir Path folder) {
        double wh = 2.0, wc = 1.0, th = 2.0, tc = 0.5;
        RunResult r = otto(folder, 40, th, tc, wh, wc);
        assertTrue(r.converged());
        double expected = (wh - wc) / 2 * (coth(wh / (2 * th)) - coth(wc / (2 * tc)));
        assertEquals(expected, Runs.number(r, "energetics", "work"), 1e-6);
        assertEquals(1 - wc / wh, Runs.number(r, "energetics", "efficiency"), 1e-6);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void tooFewLevelsAreReported(@TempDir Path folder) {
        // at T_h = 4 a 6-level truncation holds about 4e-3 of the population in its top level
        RunResult r = otto(folder, 6, 4.0, 0.5, 2.0, 1.0);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("increase levels")), r.warnings().toString());
    }

    private static RunResult otto(Path folder, int levels, double th, double tc, double wh, double wc) {
        return Runs.runYaml(folder, "oscillator-otto", """
                substance: { type: oscillator, levels: %d, model: number }
                reservoirs:
                  hot:  { type: bosonic, temperature: %s, coupling: 1.0 }
                  cold: { type: bosonic, temperature: %s, coupling: 1.0 }
                protocol:
                  type: otto
                  control: { hot: %s, cold: %s }
                  durations: { hot: 50, expansion: 1, cold: 50, compression: 1 }
                solver: { type: lindblad, tolerance: 1.0e-10 }
                analyzers: [energetics, entropy]
                """.formatted(levels, th, tc, wh, wc));
    }
}
