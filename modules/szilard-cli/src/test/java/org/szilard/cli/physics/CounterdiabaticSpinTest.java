package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;
import org.szilard.kernel.scenario.ConfigurationException;

/**
 * Counterdiabatic driving of a spin in a transverse field, H = lambda S_z + h S_x with gaps D(lambda) =
 * sqrt(lambda^2 + h^2): the spin version of quantum friction and its cure (the Otto engine of SpinOttoTest with short
 * strokes), and the {@code counterdiabatic} protocol, whose fast ramp of a thermal spin does the adiabatic work.
 */
class CounterdiabaticSpinTest {

    private static final double H = 0.7, LH = 4.0, LC = 2.0, TH = 4.0, TC = 1.0;

    @Test
    void counterdiabaticStrokesGiveTheQuasiStaticOttoWorkWhateverTheirShape(@TempDir Path folder) {
        double dh = Math.hypot(LH, H), dc = Math.hypot(LC, H);
        double quasiStatic = (dh - dc) / 2 * (Math.tanh(dc / (2 * TC)) - Math.tanh(dh / (2 * TH)));
        RunResult fast = otto(folder, "linear", false);
        assertTrue(Runs.number(fast, "energetics", "work") < quasiStatic - 1e-3, "quantum friction");
        assertTrue(!Runs.values(fast, "energetics").containsKey("counterdiabaticCost"));
        for (String shape : new String[] {"linear", "sine"}) {
            RunResult cured = otto(folder, shape, true);
            assertTrue(cured.converged());
            assertEquals(quasiStatic, Runs.number(cured, "energetics", "work"), 1e-7, shape);
            assertEquals(1 - dc / dh, Runs.number(cured, "energetics", "efficiency"), 1e-6, shape);
            assertEquals(dh / 2 * (Math.tanh(dc / (2 * TC)) - Math.tanh(dh / (2 * TH))), Runs.heat(cured, "hot"),
                    1e-7, shape);
            // for spin 1/2, H_CD = lambda' (-h / (lambda^2 + h^2)) S_y and H_CD^2 is a multiple of the identity, so
            // sqrt(Tr(rho H_CD^2)) dt = |d theta| / 2 with tan theta = h / lambda, whatever the state: per cycle the
            // two strokes cost |theta(l_c) - theta(l_h)|
            assertEquals(Math.abs(Math.atan(H / LC) - Math.atan(H / LH)),
                    Runs.number(cured, "energetics", "counterdiabaticCost"), 1e-8, shape);
        }
    }

    private static RunResult otto(Path folder, String shape, boolean counterdiabatic) {
        return Runs.runYaml(folder, "otto", """
                substance: { type: spin, spin: 0.5, transverse: %s }
                reservoirs:
                  hot:  { type: bosonic, temperature: %s }
                  cold: { type: bosonic, temperature: %s }
                protocol:
                  type: otto
                  control: { hot: %s, cold: %s }
                  durations: { hot: 40, expansion: 0.3, cold: 40, compression: 0.3 }
                  ramp: %s
                  counterdiabatic: %s
                solver: { type: lindblad, tolerance: 1.0e-10 }
                analyzers: [energetics]
                """.formatted(H, TH, TC, LH, LC, shape, counterdiabatic));
    }

    @Test
    void aFastCounterdiabaticRampOfAThermalSpinDoesTheAdiabaticWork(@TempDir Path folder) {
        // spin 1: levels m D(lambda), m = 1, 0, -1, keep their thermal populations at T = 1 from lambda = -2 to 3
        double d0 = Math.hypot(-2.0, H), d1 = Math.hypot(3.0, H);
        double z = 1 + 2 * Math.cosh(d0), meanM = -2 * Math.sinh(d0) / z;
        RunResult r = Runs.runYaml(folder, "ramp", """
                substance: { type: spin, spin: 1, transverse: %s }
                protocol: { type: counterdiabatic, from: -2.0, to: 3.0, duration: 0.2 }
                initial: { type: thermal, temperature: 1.0 }
                solver: { type: lindblad, tolerance: 1.0e-11 }
                analyzers: [energetics, entropy]
                """.formatted(H));
        assertEquals(-meanM * (d1 - d0), Runs.number(r, "energetics", "work"), 1e-8);
        assertEquals(Runs.number(r, "entropy", "initial"), Runs.number(r, "entropy", "final"), 1e-9);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void aRampThroughALevelCrossingIsRejected(@TempDir Path folder) {
        // without a transverse field the levels cross at lambda = 0, where this linear ramp starts at full speed
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Runs.runYaml(folder, "cross", """
                substance: { type: spin, spin: 0.5 }
                protocol: { type: counterdiabatic, from: 0.0, to: 1.0, duration: 2.0, shape: linear }
                solver: { type: lindblad, tolerance: 1.0e-10 }
                analyzers: [energetics]
                """));
        assertEquals("protocol", e.blockPath());
        assertTrue(e.getMessage().contains("degenerate") && e.getMessage().contains("lambda = 0.0"), e.getMessage());
    }
}
