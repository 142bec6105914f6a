package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * Quantum friction and its cure by counterdiabatic driving (del Campo, Goold and Paternostro, Sci. Rep. 4, 6208,
 * 2014): the parametric oscillator H = (p^2 + w^2 x^2)/2 in an Otto cycle between w_h = 3/2 (T_h = 1/2) and w_c = 1
 * (T_c = 1/8), sine strokes. Short strokes squeeze the state (the eigenbasis of H turns as w changes) and the work per
 * cycle falls below the quasi-static ((w_h - w_c)/2)(coth(w_h/2T_h) - coth(w_c/2T_c)), here to negative values; with
 * the counterdiabatic term even a much shorter stroke keeps the thermal populations and the quasi-static work comes
 * back (to 4e-8; the 14-level truncation alone shifts it by 7e-8).
 *
 * <p>14 levels in the Fock basis of w0 = sqrt(3/2) keep the top level below the warning bound of 1e-6 (the Davies
 * baths briefly lift it to a few 1e-7 while they damp the coherences the squeezing strokes leave). Cost: the global
 * baths of the truncated, not quite equidistant spectrum have about 90 jump operators and rates up to ~80, so each
 * 15-long isochore takes about a second; three runs of two cycles take about 11 s.
 */
class QuantumFrictionTest {

    private static final double WH = 1.5, WC = 1.0, TH = 0.5, TC = 0.125;

    private static double quasiStaticWork() {
        return (WH - WC) / 2 * (coth(WH / (2 * TH)) - coth(WC / (2 * TC)));
    }

    private static double coth(double x) {
        return 1.0 / Math.tanh(x);
    }

    private static RunResult otto(Path folder, double stroke, boolean counterdiabatic) {
        RunResult result = Runs.runYaml(folder, "friction", """
                substance: { type: oscillator, levels: 14, model: parametric, referenceFrequency: 1.224744871391589 }
                reservoirs:
                  hot:  { type: bosonic, temperature: %s, coupling: 2.0 }
                  cold: { type: bosonic, temperature: %s, coupling: 2.0 }
                protocol:
                  type: otto
                  control: { hot: %s, cold: %s }
                  durations: { hot: 15, expansion: %s, cold: 15, compression: %s }
                  ramp: sine
                  counterdiabatic: %s
                  cycleTolerance: 1.0e-7
                solver: { type: lindblad, tolerance: 1.0e-9 }
                analyzers: [energetics]
                """.formatted(TH, TC, WH, WC, stroke, stroke, counterdiabatic));
        assertTrue(result.converged());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        return result;
    }

    @Test
    void shortStrokesLoseWorkAndCounterdiabaticStrokesRestoreIt(@TempDir Path folder) {
        double medium = Runs.number(otto(folder, 3.0, false), "energetics", "work");
        double fast = Runs.number(otto(folder, 1.5, false), "energetics", "work");
        assertTrue(quasiStaticWork() > medium && medium > fast && fast < 0,
                quasiStaticWork() + " > " + medium + " > " + fast);
        double cured = Runs.number(otto(folder, 0.2, true), "energetics", "work");
        assertEquals(quasiStaticWork(), cured, 1e-6);
    }
}
