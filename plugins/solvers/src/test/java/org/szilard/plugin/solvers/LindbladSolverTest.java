package org.szilard.plugin.solvers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.operator.Operator;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverException;

class LindbladSolverTest {

    private static final double GAMMA = 0.7;
    private static final double OMEGA = 1.3;

    /**
     * A qubit decaying from |1> to |0> at rate gamma, H = omega |1><1|, D(rho) = gamma D[sigma_-]: rho_11 decays as
     * exp(-gamma t), the coherence rho_01 as exp(-(gamma/2 - i omega) t). The extra component integrates the energy
     * emitted, omega * gamma * rho_11, which reaches omega p (1 - exp(-gamma t)).
     */
    private static final class DecayingQubit implements MasterEquation {

        @Override
        public int dimension() {
            return 9;
        }

        @Override
        public int hilbertDimension() {
            return 2;
        }

        @Override
        public void derivatives(double s, double[] y, double[] yDot) {
            // y: rho00 (0,1), rho01 (2,3), rho10 (4,5), rho11 (6,7), emitted energy (8)
            double p1 = y[6];
            yDot[0] = GAMMA * p1;
            yDot[1] = 0.0;
            // d rho01/dt = (i omega - gamma/2) rho01
            yDot[2] = -0.5 * GAMMA * y[2] - OMEGA * y[3];
            yDot[3] = -0.5 * GAMMA * y[3] + OMEGA * y[2];
            yDot[4] = -0.5 * GAMMA * y[4] + OMEGA * y[5];
            yDot[5] = -0.5 * GAMMA * y[5] - OMEGA * y[4];
            yDot[6] = -GAMMA * p1;
            yDot[7] = 0.0;
            yDot[8] = OMEGA * GAMMA * p1;
        }

        @Override
        public boolean isTimeIndependent() {
            return true;
        }

        @Override
        public boolean isClosed() {
            return false;
        }

        @Override
        public Operator hamiltonian(double s) {
            // H = -(omega/2) sigma_z in the basis (0 = ground, 1 = excited) of this test
            return Operator.diagonal(-0.5 * OMEGA, 0.5 * OMEGA);
        }
    }

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

    /** The one-component equation y' = f(s, y). */
    private static MasterEquation scalar(DoubleBinaryOperator f) {
        return new MasterEquation() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public int hilbertDimension() {
                return 1;
            }

            @Override
            public void derivatives(double s, double[] y, double[] yDot) {
                yDot[0] = f.applyAsDouble(s, y[0]);
            }

            @Override
            public boolean isTimeIndependent() {
                return false;
            }

            @Override
            public boolean isClosed() {
                return true;
            }

            @Override
            public Operator hamiltonian(double s) {
                throw new UnsupportedOperationException("a scalar test equation has no Hamiltonian");
            }
        };
    }
}
