package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * The spin-1/2 Carnot engine of examples/spin-carnot.yaml (H = lambda S_z, global baths T_h = 2 and T_c = 1, corners
 * l1 = 4, l2 = 2, l3 = l2 T_c/T_h = 1, l4 = l1 T_c/T_h = 2) against the reversible cycle. A qubit in its Gibbs state
 * at x = lambda/2T has the entropy S(x) = ln(2 cosh x) - x tanh x; the closed strokes keep lambda/T, so the slow cycle
 * takes Q_h = T_h Delta S from the hot bath and gives T_c Delta S to the cold one, Delta S = S(l2/2T_h) - S(l1/2T_h),
 * and extracts W = (T_h - T_c) Delta S at the Carnot efficiency. Isotherms of finite duration lag behind the Gibbs
 * state; the lag produces entropy (in proportion to 1/duration when slow), which costs work and efficiency.
 */
class SpinCarnotTest {

    private static final double TH = 2.0, TC = 1.0, L1 = 4.0, L2 = 2.0;
    private static final double CARNOT = 1 - TC / TH;
    /** The entropy taken up along the hot isotherm in the reversible limit. */
    private static final double DELTA_S = entropy(L2 / (2 * TH)) - entropy(L1 / (2 * TH));

    /** Isotherms of 200, from the example. */
    private static RunResult slow;

    @BeforeAll
    static void run() {
        slow = Runs.run(Runs.EXAMPLES.resolve("spin-carnot.yaml"));
    }

    /** The entropy of a qubit's Gibbs state with lambda/2T = x. */
    private static double entropy(double x) {
        return Math.log(2 * Math.cosh(x)) - x * Math.tanh(x);
    }

    private static double work(RunResult r) {
        return Runs.number(r, "energetics", "work");
    }

    private static double production(RunResult r) {
        return Runs.number(r, "entropy", "production");
    }

    @Test
    void slowCycleReachesTheCarnotEfficiencyButNeverExceedsIt() {
        assertTrue(slow.converged());
        assertTrue(slow.warnings().isEmpty(), slow.warnings().toString());
        assertEquals("engine", Runs.values(slow, "energetics").get("regime"));
        assertEquals(CARNOT, Runs.number(slow, "energetics", "carnotEfficiency"), 1e-12);
        double efficiency = Runs.number(slow, "energetics", "efficiency");
        assertTrue(efficiency <= CARNOT && efficiency >= 0.99 * CARNOT, "efficiency " + efficiency);
    }

    @Test
    void slowCycleDoesTheReversibleWorkWithTheReversibleHeats() {
        double reversible = (TH - TC) * DELTA_S;
        double w = work(slow);
        assertTrue(w < reversible && w > 0.98 * reversible, "work " + w + ", reversible " + reversible);
        assertEquals(TH * DELTA_S, Runs.heat(slow, "hot"), 0.02 * TH * DELTA_S);
        assertEquals(-TC * DELTA_S, Runs.heat(slow, "cold"), 0.02 * TC * DELTA_S);
    }

    @Test
    void entropyProductionIsNearZeroAndGrowsAsTheIsothermsShorten(@TempDir Path folder) {
        RunResult medium = Runs.runYaml(folder, "medium", CARNOT_CYCLE.formatted(50, 50));
        RunResult fast = Runs.runYaml(folder, "fast", CARNOT_CYCLE.formatted(20, 20));
        double[] sigma = {production(slow), production(medium), production(fast)};
        for (RunResult r : new RunResult[] {slow, medium, fast}) {
            assertTrue(r.converged());
            // over a limit cycle Delta S = 0: the production is the entropy the baths receive
            assertEquals(-(Runs.heat(r, "hot") / TH + Runs.heat(r, "cold") / TC), production(r), 1e-9);
            double efficiency = Runs.number(r, "energetics", "efficiency");
            assertTrue(efficiency < CARNOT, "efficiency " + efficiency + " above Carnot");
        }
        assertTrue(sigma[0] > -1e-9 && sigma[0] < 0.01 * DELTA_S, "slow: " + sigma[0]);
        assertTrue(sigma[0] < sigma[1] && sigma[1] < sigma[2], Arrays.toString(sigma));
        // slow driving: the excess entropy production falls as 1/duration (isotherms 200 vs 50: a factor 4)
        assertEquals(4.0, sigma[1] / sigma[0], 0.4);
        assertTrue(work(fast) < work(medium) && work(medium) < work(slow));
    }

    private static final String CARNOT_CYCLE = """
            substance: { type: spin, spin: 0.5 }
            reservoirs:
              hot:  { type: bosonic, temperature: 2.0 }
              cold: { type: bosonic, temperature: 1.0 }
            protocol:
              type: carnot
              control: [4.0, 2.0, 1.0, 2.0]
              durations: { hot: %d, expansion: 1, cold: %d, compression: 1 }
              maxCycles: 50
            solver: { type: lindblad, tolerance: 1.0e-10 }
            analyzers: [energetics, entropy]
            """;
}
