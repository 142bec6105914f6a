package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
    void entropyProductionPerCycleIsTheHeatExchangedWithTheBaths() {
        double expected = -(Runs.heat(result, "hot") / TH + Runs.heat(result, "cold") / TC);
        assertEquals(expected, Runs.number(result, "entropy", "production"), 1e-9);
        assertTrue(expected > 0);
    }
}
