package org.szilard.plugin.solvers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.plugin.solvers.TestEquations.GAMMA;
import static org.szilard.plugin.solvers.TestEquations.OMEGA;
import static org.szilard.plugin.solvers.TestEquations.scalar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverException;
import org.szilard.plugin.solvers.TestEquations.DecayingQubit;

class LindbladSolverTest {

    private static Solver solver(Map<String, Object> values) {
        return new LindbladSolverProvider().create(new ParameterValues(values), null);
    }

    @Test
    void decayingQubitMatchesTheExactSolution() {
        double p = 0.8, c = 0.3, t = 5.0;
        double[] y = {1 - p, 0, c, 0, c, 0, p, 0, 0};
        List<Double> times = new ArrayList<>();
        solver(Map.of("tolerance", 1e-12)).propagate(new DecayingQubit(), t, y, (s, state) -> times.add(s));

        double decay = Math.exp(-GAMMA * t);
        double coherence = c * Math.exp(-0.5 * GAMMA * t);
        double[] expected = {1 - p * decay, 0, coherence * Math.cos(OMEGA * t), coherence * Math.sin(OMEGA * t),
            coherence * Math.cos(OMEGA * t), -coherence * Math.sin(OMEGA * t), p * decay, 0,
            OMEGA * p * (1 - decay)};
        assertArrayEquals(expected, y, 1e-9);

        assertTrue(times.size() > 1);
        assertEquals(t, times.get(times.size() - 1));
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i) > times.get(i - 1));
        }
    }

    @Test
    void listenerSeesTheStateAtTheEndOfEachStep() {
        double[] y = {0, 0, 0, 0, 0, 0, 1, 0, 0};
        double[] population = new double[1];
        double[] lastTime = new double[1];
        solver(Map.of("tolerance", 1e-12)).propagate(new DecayingQubit(), 2.0, y, (s, state) -> {
            assertEquals(Math.exp(-GAMMA * s), state[6], 1e-9);
            population[0] = state[6];
            lastTime[0] = s;
        });
        assertEquals(2.0, lastTime[0]);
        assertEquals(y[6], population[0]);
    }

    @Test
    void timeDependentRightHandSideSeesSegmentTime() {
        // y' = cos(s): y(T) = sin(T)
        MasterEquation driven = scalar((s, y) -> Math.cos(s));
        double[] y = {0.0};
        solver(Map.of("tolerance", 1e-12)).propagate(driven, 3.0, y, (s, state) -> { });
        assertEquals(Math.sin(3.0), y[0], 1e-10);
    }

    @Test
    void zeroDurationCallsTheListenerOnceAndLeavesTheStateAlone() {
        double[] y = {0.5, 0, 0, 0, 0, 0, 0.5, 0, 0};
        double[] before = y.clone();
        List<Double> times = new ArrayList<>();
        solver(Map.of("tolerance", 1e-8)).propagate(new DecayingQubit(), 0.0, y, (s, state) -> times.add(s));
        assertEquals(List.of(0.0), times);
        assertArrayEquals(before, y);
    }

    @Test
    void maxStepBoundsTheStepSize() {
        double[] y = {0, 0, 0, 0, 0, 0, 1, 0, 0};
        List<Double> times = new ArrayList<>();
        solver(Map.of("tolerance", 1e-6, "maxStep", 0.1)).propagate(new DecayingQubit(), 2.0, y,
                (s, state) -> times.add(s));
        assertTrue(times.size() >= 20, "steps: " + times.size());
    }

    @Test
    void blowUpBecomesASolverException() {
        // y' = y^2, y(0) = 1 diverges at s = 1
        MasterEquation divergent = scalar((s, y) -> y * y);
        var e = assertThrows(SolverException.class,
                () -> solver(Map.of("tolerance", 1e-8)).propagate(divergent, 2.0, new double[] {1.0}, (s, y) -> { }));
        assertTrue(e.getMessage().contains("lindblad solver"), e.getMessage());
        assertTrue(e.getMessage().contains("duration 2.0"), e.getMessage());
    }

    @Test
    void toleranceMustLieBelowOne() {
        var tolerance = new LindbladSolverProvider().parameters().get(0);
        assertEquals(1e-8, tolerance.defaultValue().orElseThrow());
        assertTrue(!tolerance.inRange(0.0) && !tolerance.inRange(-1e-3) && tolerance.inRange(1e-3));
        assertTrue(!tolerance.inRange(1.0));
        assertEquals("(0, 1)", tolerance.rangeText());
    }
}
