package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * The quantum-jump trajectories of the {@code jumps} solver against the {@code lindblad} solver on a spin-1/2 Otto
 * engine with a transverse field (so the adiabats create coherence in the energy basis) and finite adiabats, three
 * cycles from the same state: the first law closes (checked by {@link Runs}), the work and heats of the last cycle
 * agree within three standard errors, taken from the trajectory statistics the {@code fluctuations} analyzer reports,
 * and those statistics are consistent with the energetics block.
 */
class JumpSolverAgreementTest {

    private static final String ANALYZERS = "[energetics, fluctuations]";

    @Test
    void jumpsAgreeWithLindbladOnWorkAndHeatsWithinTheirStatisticalErrors(@TempDir Path folder) {
        RunResult exact = Runs.runYaml(folder, "lindblad", Runs.spinOtto(0.5, 0.5, 3, "{ type: lindblad, tolerance: 1.0e-10 }", ANALYZERS));
        RunResult sampled = Runs.runYaml(folder, "jumps", Runs.spinOtto(0.5, 0.5, 3, "{ type: jumps, trajectories: 8000 }", ANALYZERS));
        double work = Runs.number(exact, "energetics", "work");
        assertTrue(work > 0.1, "an engine: W = " + work);
        Map<String, Object> statistics = Runs.values(sampled, "fluctuations");
        int n = ((Number) statistics.get("trajectories")).intValue();
        assertEquals(8000, n);
        double meanWork = Runs.number(sampled, "fluctuations", "meanWork");
        assertEquals(-Runs.number(sampled, "energetics", "work"), meanWork, 1e-12,
                "the booked work is the trajectories' mean (done on the system)");
        double workError = Math.sqrt(Runs.number(sampled, "fluctuations", "workVariance") / n);
        assertTrue(workError > 0.0 && workError < 0.02, "work error " + workError);
        assertEquals(work, Runs.number(sampled, "energetics", "work"), 3 * workError, "work");
        for (String bath : List.of("hot", "cold")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> heat = (Map<String, Object>) ((Map<String, Object>) statistics.get("heat")).get(bath);
            double error = Math.sqrt(((Number) heat.get("variance")).doubleValue() / n);
            // the jump-counted heat of Davies dissipators has the Lindblad heat as its mean
            assertEquals(Runs.heat(exact, bath), ((Number) heat.get("mean")).doubleValue(), 3 * error, bath);
            assertEquals(Runs.heat(exact, bath), Runs.heat(sampled, bath), 3 * error, "booked heat " + bath);
            @SuppressWarnings("unchecked")
            List<Map<String, Double>> distribution = (List<Map<String, Double>>) heat.get("distribution");
            assertEquals(1.0, distribution.stream().mapToDouble(e -> e.get("probability")).sum(), 1e-9);
        }
    }

    @Test
    void theHeatExchangeExampleCarriesTheAnalyticSteadyCurrent() {
        RunResult result = Runs.run(Runs.EXAMPLES.resolve("heat-exchange-jumps.yaml"));
        // qubit of splitting 1 in its steady state: J_hot = gamma (n_h p_0 - (n_h + 1) p_1) per unit time
        double nh = 1 / Math.expm1(1 / 2.0), nc = 1 / Math.expm1(1 / 0.5), gamma = 0.5, t = 3.0;
        double up = gamma * (nh + nc), down = gamma * (nh + nc + 2);
        double p1 = up / (up + down);
        double current = gamma * (nh * (1 - p1) - (nh + 1) * p1);
        Map<String, Object> statistics = Runs.values(result, "fluctuations");
        int n = ((Number) statistics.get("trajectories")).intValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> hot = (Map<String, Object>) ((Map<String, Object>) statistics.get("heat")).get("hot");
        double error = Math.sqrt(((Number) hot.get("variance")).doubleValue() / n);
        assertEquals(current * t, ((Number) hot.get("mean")).doubleValue(), 3 * error);
        assertEquals(current * t, Runs.heat(result, "hot"), 3 * error);
        // thermodynamic uncertainty: Var(Q) Sigma / (2 <Q>^2) >= 1 for this classical steady state, Sigma the entropy
        // production, here -Q_h/T_h - Q_c/T_c up to the entropy change of the mean state (zero on average)
        double sigma = -Runs.heat(result, "hot") / 2.0 - Runs.heat(result, "cold") / 0.5;
        double mean = ((Number) hot.get("mean")).doubleValue();
        double ratio = ((Number) hot.get("variance")).doubleValue() * sigma / (2 * mean * mean);
        @SuppressWarnings("unchecked")
        double reported = ((Map<String, Number>) statistics.get("uncertaintyRatio")).get("hot").doubleValue();
        assertEquals(ratio, reported, 0.03 * ratio);
        assertTrue(reported >= 1.0, "TUR: " + reported);
    }

    @Test
    void theSameSeedGivesTheSameResultsOnOneAndTwoThreads(@TempDir Path folder) {
        String solver = "{ type: jumps, trajectories: 500, seed: 3, threads: %d }";
        RunResult one = Runs.runYaml(folder, "one", Runs.spinOtto(0.5, 0.5, 2, solver.formatted(1), ANALYZERS));
        RunResult two = Runs.runYaml(folder, "two", Runs.spinOtto(0.5, 0.5, 2, solver.formatted(2), ANALYZERS));
        assertEquals(Runs.values(one, "energetics"), Runs.values(two, "energetics"));
        assertEquals(Runs.values(one, "fluctuations"), Runs.values(two, "fluctuations"));
    }
}
