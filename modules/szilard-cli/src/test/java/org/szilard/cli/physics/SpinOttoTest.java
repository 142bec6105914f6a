package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * The spin-1/2 Otto engine of examples/spin-otto.yaml against its textbook limit cycle: with isochores long enough
 * to thermalise and adiabats that commute with H, the spin leaves each bath in its Gibbs state, so per cycle
 * W = ((l_h - l_c)/2)(tanh(l_c/2T_c) - tanh(l_h/2T_h)), Q_h = (l_h/2)(tanh(l_c/2T_c) - tanh(l_h/2T_h)),
 * eta = 1 - l_c/l_h, and the entropy production per cycle is -(Q_h/T_h + Q_c/T_c).
 */
class SpinOttoTest {

    private static final double LH = 4.0, LC = 2.0, TH = 4.0, TC = 1.0;
    private static RunResult result;

    @BeforeAll
    static void run() {
        result = Runs.run(Runs.EXAMPLES.resolve("spin-otto.yaml"));
    }

    private static double populationGap() {
        return Math.tanh(LC / (2 * TC)) - Math.tanh(LH / (2 * TH));
    }

    @Test
    void reachesTheLimitCycle() {
        assertTrue(result.converged());
        assertTrue(result.cycles() > 1 && result.cycles() < 200, "cycles: " + result.cycles());
    }

    @Test
    void workAndHeatPerCycleAreTheTextbookValues() {
        assertEquals((LH - LC) / 2 * populationGap(), Runs.number(result, "energetics", "work"), 1e-6);
        assertEquals(LH / 2 * populationGap(), Runs.heat(result, "hot"), 1e-6);
        assertEquals(-LC / 2 * populationGap(), Runs.heat(result, "cold"), 1e-6);
    }

    @Test
    void efficiencyIsTheOttoEfficiencyAndTheRegimeIsEngine() {
        assertEquals(1 - LC / LH, Runs.number(result, "energetics", "efficiency"), 1e-6);
        assertEquals(1 - TC / TH, Runs.number(result, "energetics", "carnotEfficiency"), 1e-12);
        assertEquals("engine", Runs.values(result, "energetics").get("regime"));
        double cycleTime = 40 + 1 + 40 + 1;
        assertEquals(Runs.number(result, "energetics", "work") / cycleTime,
                Runs.number(result, "energetics", "power"), 1e-12);
    }

    @Test
    void suddenStrokesGiveTheSameCycleWhenHCommutesWithItself(@TempDir Path folder) {
        // with H = lambda S_z a quench leaves the populations as they are, exactly like a slow ramp
        RunResult sudden = Runs.runYaml(folder, "sudden", OTTO.formatted(0.0, 0, 0));
        assertTrue(sudden.converged());
        assertEquals((LH - LC) / 2 * populationGap(), Runs.number(sudden, "energetics", "work"), 1e-6);
        assertEquals(LH / 2 * populationGap(), Runs.heat(sudden, "hot"), 1e-6);
    }

    @Test
    void transverseFieldShowsQuantumFrictionAndTheQuasiStaticLimit(@TempDir Path folder) {
        // H(lambda) = lambda S_z + h S_x at different lambda do not commute. Slow strokes follow the eigenbasis and
        // give the quasi-static Otto work with gaps D = sqrt(lambda^2 + h^2); fast strokes excite the spin (quantum
        // friction), and starting from passive (thermal) states they can only do worse. The engine's checks (trace,
        // hermiticity, positivity, first law) must pass throughout, and Sigma per cycle >= 0.
        double h = 0.7, dh = Math.hypot(LH, h), dc = Math.hypot(LC, h);
        double quasiStatic = (dh - dc) / 2 * (Math.tanh(dc / (2 * TC)) - Math.tanh(dh / (2 * TH)));
        RunResult slow = Runs.runYaml(folder, "slow", OTTO.formatted(h, 40, 40));
        RunResult fast = Runs.runYaml(folder, "fast", OTTO.formatted(h, 0.3, 0.3));
        assertTrue(slow.converged() && fast.converged());
        assertEquals(quasiStatic, Runs.number(slow, "energetics", "work"), 1e-3);
        double fastWork = Runs.number(fast, "energetics", "work");
        assertTrue(fastWork < quasiStatic - 1e-3, "fast strokes: " + fastWork + ", quasi-static " + quasiStatic);
        assertTrue(Runs.number(fast, "entropy", "production") > 0);
    }

    private static final String OTTO = """
            substance: { type: spin, spin: 0.5, transverse: %s }
            reservoirs:
              hot:  { type: bosonic, temperature: 4.0 }
              cold: { type: bosonic, temperature: 1.0 }
            protocol:
              type: otto
              control: { hot: 4.0, cold: 2.0 }
              durations: { hot: 40, expansion: %s, cold: 40, compression: %s }
            solver: { type: lindblad, tolerance: 1.0e-10 }
            analyzers: [energetics, entropy]
            """;

    @Test
    void entropyProductionPerCycleIsTheHeatExchangedWithTheBaths() {
        double expected = -(Runs.heat(result, "hot") / TH + Runs.heat(result, "cold") / TC);
        assertEquals(expected, Runs.number(result, "entropy", "production"), 1e-9);
        assertTrue(expected > 0);
    }
}
