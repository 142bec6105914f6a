package org.szilard.plugin.solvers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.plugin.solvers.TestEquations.GAMMA;
import static org.szilard.plugin.solvers.TestEquations.OMEGA;
import static org.szilard.plugin.solvers.TestEquations.qubit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverException;
import org.szilard.plugin.solvers.TestEquations.Counting;
import org.szilard.plugin.solvers.TestEquations.DecayingQubit;
import org.szilard.plugin.solvers.TestEquations.DrivenSpin;
import org.szilard.testkit.PluginTests;

class ExponentialSolverTest {

    private static Solver solver() {
        return PluginTests.create(new ExponentialSolverProvider(), PluginTests.context(null));
    }

    /** exp(-i t (lambda S_z + h S_x)) = cos(W t/2) - i sin(W t/2) (n_z sigma_z + n_x sigma_x), W = |(h, lambda)|. */
    static Operator spinPropagator(double lambda, double h, double t) {
        double w = Math.hypot(lambda, h);
        double c = Math.cos(0.5 * w * t);
        double s = Math.sin(0.5 * w * t);
        double nz = lambda / w;
        double nx = h / w;
        return Operator.complex(new double[][] {{c, 0}, {0, c}},
                new double[][] {{-s * nz, -s * nx}, {-s * nx, s * nz}});
    }

    /** The 2 x 2 density matrix held in y. */
    static Operator rho(double[] y) {
        return Operator.wrap(2, Arrays.copyOf(y, 8));
    }

    @Test
    void decayingQubitIsExactIncludingTheEmittedEnergy() {
        double p = 0.8, cr = 0.3, ci = -0.25, t = 5.0;
        double[] y = qubit(1 - p, cr, ci);
        List<Double> times = new ArrayList<>();
        solver().propagate(new DecayingQubit(), t, y, (s, state) -> times.add(s));

        double decay = Math.exp(-GAMMA * t);
        double damping = Math.exp(-0.5 * GAMMA * t);
        double re = damping * (cr * Math.cos(OMEGA * t) - ci * Math.sin(OMEGA * t));
        double im = damping * (cr * Math.sin(OMEGA * t) + ci * Math.cos(OMEGA * t));
        double[] expected = {1 - p * decay, 0, re, im, re, -im, p * decay, 0, OMEGA * p * (1 - decay)};
        assertArrayEquals(expected, y, 1e-13);
        assertEquals(List.of(t), times, "the listener sees the end of the segment only");
    }

    @Test
    void closedSpinPrecessesExactlyAndDoesNoWorkAtAConstantControl() {
        double lambda = 1.3, h = 0.5, t = 7.0;
        double[] y = qubit(1, 0, 0);
        solver().propagate(DrivenSpin.constant(lambda, h), t, y, (s, state) -> { });
        Operator u = spinPropagator(lambda, h, t);
        Operator expected = u.times(Operator.projector(2, 0)).times(u.dagger());
        PluginTests.assertOperatorEquals(expected, rho(y), 1e-13);
        assertEquals(0.0, y[8]);
        assertEquals(0.0, rho(y).hermiticityError(), "rho stays Hermitian to the last bit");
    }

    @Test
    void thePropagatorIsBuiltOncePerEquationAndDuration() {
        Solver solver = solver();
        Counting equation = new Counting(new DecayingQubit());
        double[] y = qubit(0.2, 0.3, 0.1);
        solver.propagate(equation, 2.0, y, (s, state) -> { });
        // the zero state (linearity check) and the five unit vectors of d^2 + 1 coordinates
        assertEquals(1 + 5, equation.derivativeCalls);
        solver.propagate(equation, 2.0, y, (s, state) -> { });
        assertEquals(6, equation.derivativeCalls, "the second segment reuses the propagator");

        // two segments of 2 equal one of 4; the emitted energy keeps adding up (the bookkeeping is not reset here)
        double[] once = qubit(0.2, 0.3, 0.1);
        solver.propagate(equation, 4.0, once, (s, state) -> { });
        assertEquals(12, equation.derivativeCalls, "another duration builds another propagator");
        assertArrayEquals(Arrays.copyOf(once, 8), Arrays.copyOf(y, 8), 1e-14);
        assertEquals(once[8], y[8], 1e-14);

        Counting other = new Counting(new DecayingQubit());
        solver.propagate(other, 2.0, qubit(0.5, 0, 0), (s, state) -> { });
        assertEquals(6, other.derivativeCalls, "another equation instance builds its own propagator");
    }

    @Test
    void aZeroDurationDoesNothingEvenUnderAMovingControl() {
        Counting quench = new Counting(DrivenSpin.moving(s -> 1 + s, s -> 1.0, 0.5));
        double[] y = qubit(0.7, 0.1, 0.2);
        double[] before = y.clone();
        List<Double> times = new ArrayList<>();
        solver().propagate(quench, 0.0, y, (s, state) -> times.add(s));
        assertArrayEquals(before, y);
        assertEquals(List.of(0.0), times);
        assertEquals(0, quench.derivativeCalls);
    }

    @Test
    void aMovingControlIsIntegratedAdaptivelyAsLindbladWould() {
        MasterEquation ramp = DrivenSpin.moving(s -> 1 + s, s -> 1.0, 0.5);
        double[] y = qubit(1, 0, 0);
        double[] reference = y.clone();
        solver().propagate(ramp, 1.0, y, (s, state) -> { });
        new LindbladSolver("lindblad", 1e-10, Double.POSITIVE_INFINITY).propagate(ramp, 1.0, reference,
                (s, state) -> { });
        assertArrayEquals(reference, y, 0.0);
        assertTrue(y[8] != 0.0, "work was done");
    }

    @Test
    void aMovingSegmentRepeatedAsOftenAsItHasStateCoordinatesIsThenPropagatedByItsIntegratedPropagator() {
        Counting ramp = new Counting(DrivenSpin.moving(s -> 1 + s * s, s -> 2 * s, 0.5));
        MasterEquation same = DrivenSpin.moving(s -> 1 + s * s, s -> 2 * s, 0.5);
        LindbladSolver reference = new LindbladSolver("lindblad", 1e-10, Double.POSITIVE_INFINITY);
        Solver solver = solver();
        double[] y = qubit(0.8, 0.2, 0.1);
        double[] expected = y.clone();
        int stateCoordinates = 4;
        for (int cycle = 0; cycle < stateCoordinates + 4; cycle++) {
            List<Double> seen = new ArrayList<>();
            int calls = ramp.derivativeCalls;
            solver.propagate(ramp, 1.5, y, (s, state) -> seen.add(s));
            reference.propagate(same, 1.5, expected, (s, state) -> { });
            int evaluations = ramp.derivativeCalls - calls;
            if (cycle < stateCoordinates) {
                assertTrue(seen.size() > 1 && seen.get(seen.size() - 1) == 1.5, "integrated, every step seen: " + seen);
            } else {
                assertEquals(List.of(1.5), seen, "propagated: the end of the segment only");
                if (cycle == stateCoordinates) {
                    // five columns (four of rho, one of the work), each integrated, and the linearity checks
                    assertTrue(evaluations > 5 * 12, "the propagator is integrated: " + evaluations);
                } else {
                    assertEquals(0, evaluations, "the propagator is reused");
                }
            }
            assertArrayEquals(Arrays.copyOf(expected, 8), Arrays.copyOf(y, 8), 1e-9, "cycle " + cycle);
            assertEquals(expected[8], y[8], 1e-9, "the work, cycle " + cycle);
        }
        assertTrue(Math.abs(y[8]) > 0.1, "work was done: " + y[8]);
        assertEquals(0.0, rho(y).hermiticityError(), "rho stays Hermitian to the last bit");
    }

    @Test
    void aGeneratorAboveTheSizeLimitIsRefusedBeforeAnyWork() {
        int d = 129;
        MasterEquation large = new MasterEquation() {
            @Override
            public int dimension() {
                return 2 * d * d + 1;
            }

            @Override
            public int hilbertDimension() {
                return d;
            }

            @Override
            public void derivatives(double s, double[] y, double[] yDot) {
                throw new AssertionError("no derivative may be taken");
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
                throw new AssertionError("no Hamiltonian is needed");
            }
        };
        var e = assertThrows(SolverException.class,
                () -> solver().propagate(large, 1.0, new double[large.dimension()], (s, y) -> { }));
        assertTrue(e.getMessage().contains("acts on 16642 coordinates (Hilbert-space dimension 129), above the limit "
                + "of 16500"), e.getMessage());
        assertTrue(e.getMessage().endsWith("use the lindblad solver"), e.getMessage());
    }

    @Test
    void anAffineEquationIsRefused() {
        MasterEquation affine = new Counting(DrivenSpin.constant(1.0, 0.0)) {
            @Override
            public void derivatives(double s, double[] y, double[] yDot) {
                super.derivatives(s, y, yDot);
                yDot[8] += 1.0;
            }
        };
        var e = assertThrows(SolverException.class,
                () -> solver().propagate(affine, 1.0, qubit(1, 0, 0), (s, y) -> { }));
        assertTrue(e.getMessage().contains("not linear"), e.getMessage());
    }

    @Test
    void theProviderTakesTheToleranceOfMovingSegments() {
        var provider = new ExponentialSolverProvider();
        assertEquals("exponential", provider.type());
        assertEquals(List.of("tolerance"), provider.parameters().stream().map(p -> p.name()).toList());
    }
}
