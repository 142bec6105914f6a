package org.szilard.plugin.solvers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.plugin.solvers.TestEquations.scalar;
import static org.szilard.plugin.solvers.TestEquations.system;

import java.util.concurrent.ForkJoinPool;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.SolverException;

class DormandPrince853Test {

    /** Lotka-Volterra predator and prey: nonlinear, periodic, with no closed-form solution. */
    private static final MasterEquation PREDATOR_PREY = system(2, (s, y, yDot) -> {
        yDot[0] = 1.5 * y[0] - y[0] * y[1];
        yDot[1] = -3.0 * y[1] + y[0] * y[1];
    });

    /** A harmonic oscillator of angular frequency 2 written as a first-order system. */
    private static final MasterEquation OSCILLATOR = system(2, (s, y, yDot) -> {
        yDot[0] = y[1];
        yDot[1] = -4.0 * y[0];
    });

    private static DormandPrince853.Limits limits(double tolerance) {
        return new DormandPrince853.Limits("test", tolerance, Double.POSITIVE_INFINITY, 1e-13, 1_000_000);
    }

    @Test
    void agreesWithCommonsMathsIndependentImplementation() {
        double[] ours = {10.0, 5.0};
        new DormandPrince853(2).integrate(PREDATOR_PREY, 10.0, ours, limits(1e-12), (s, y) -> { });

        double[] theirs = {10.0, 5.0};
        new DormandPrince853Integrator(1e-12, 10.0, 1e-13, 1e-13).integrate(
                new org.apache.commons.math3.ode.FirstOrderDifferentialEquations() {
                    @Override
                    public int getDimension() {
                        return 2;
                    }

                    @Override
                    public void computeDerivatives(double t, double[] y, double[] yDot) {
                        PREDATOR_PREY.derivatives(t, y, yDot);
                    }
                }, 0.0, theirs, 10.0, theirs);
        assertArrayEquals(theirs, ours, 1e-9);
    }

    @Test
    void theErrorFollowsTheTolerance() {
        double previous = Double.POSITIVE_INFINITY;
        for (double tolerance : new double[] {1e-6, 1e-8, 1e-10, 1e-12}) {
            double[] y = {1.0, 0.0};
            var integrator = new DormandPrince853(2);
            integrator.integrate(OSCILLATOR, 20.0, y, limits(tolerance), (s, state) -> { });
            double error = Math.hypot(y[0] - Math.cos(40.0), y[1] + 2.0 * Math.sin(40.0));
            assertTrue(error < 1e3 * tolerance, "tolerance " + tolerance + ": error " + error);
            assertTrue(error < previous, "tolerance " + tolerance + ": error " + error + " not below " + previous);
            previous = error;
        }
    }

    @Test
    void anEighthOrderMethodTakesFewStepsForSmoothSolutions() {
        // 12 evaluations per step (the last one's derivative is the next one's first stage) plus the initial two
        double[] y = {1.0, 0.0};
        var integrator = new DormandPrince853(2);
        int[] steps = new int[1];
        integrator.integrate(OSCILLATOR, 20.0, y, limits(1e-10), (s, state) -> steps[0]++);
        assertTrue(steps[0] < 200, "steps: " + steps[0]);
        assertTrue(integrator.evaluations() >= 12L * steps[0] + 1, "evaluations: " + integrator.evaluations());
        assertTrue(integrator.evaluations() <= 14L * steps[0] + 2, "evaluations: " + integrator.evaluations());
    }

    @Test
    void aStateThatBecomesNonFiniteIsReported() {
        MasterEquation broken = scalar((s, y) -> s > 0.5 ? Double.NaN : 1.0);
        var e = assertThrows(SolverException.class,
                () -> new DormandPrince853(1).integrate(broken, 1.0, new double[] {0.0}, limits(1e-8), (s, y) -> { }));
        assertTrue(e.getMessage().contains("test solver: the state became non-finite"), e.getMessage());
    }

    @Test
    void tooManyEvaluationsAreReported() {
        var few = new DormandPrince853.Limits("test", 1e-12, Double.POSITIVE_INFINITY, 1e-13, 50);
        var e = assertThrows(SolverException.class,
                () -> new DormandPrince853(2).integrate(OSCILLATOR, 20.0, new double[] {1, 0}, few, (s, y) -> { }));
        assertTrue(e.getMessage().contains("more than 50 evaluations"), e.getMessage());
    }

    @Test
    void longStatesAreSplitAmongThreadsWithoutChangingTheResult() throws Exception {
        // as many damped oscillators as make a state long enough to be split into chunks
        int n = DormandPrince853.PARALLEL_LENGTH;
        MasterEquation oscillators = system(n, (s, y, yDot) -> {
            for (int i = 0; i < n; i += 2) {
                double w = 1.0 + 1e-5 * i;
                yDot[i] = y[i + 1];
                yDot[i + 1] = -w * w * y[i] - 0.1 * y[i + 1];
            }
        });
        double[][] results = new double[2][];
        for (int threads = 1; threads <= 2; threads++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i += 2) {
                y[i] = 1.0;
            }
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> new DormandPrince853(n).integrate(oscillators, 3.0, y, limits(1e-8), (s, st) -> { }))
                        .get();
            } finally {
                pool.shutdown();
            }
            results[threads - 1] = y;
        }
        assertArrayEquals(results[0], results[1], 0.0);
        double w = 1.0;
        double decay = Math.exp(-0.05 * 3.0);
        double shifted = Math.sqrt(w * w - 0.0025);
        double expected = decay * (Math.cos(shifted * 3.0) + 0.05 / shifted * Math.sin(shifted * 3.0));
        assertEquals(expected, results[0][0], 1e-7);
    }

    @Test
    void theWorkArraysServeRepeatedSegments() {
        var integrator = new DormandPrince853(2);
        double[] y = {1.0, 0.0};
        for (int segment = 0; segment < 4; segment++) {
            integrator.integrate(OSCILLATOR, 5.0, y, limits(1e-12), (s, state) -> { });
        }
        assertEquals(Math.cos(40.0), y[0], 1e-9);
        assertEquals(-2.0 * Math.sin(40.0), y[1], 1e-9);
    }
}
