package org.szilard.plugin.solvers;

import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverException;
import org.szilard.api.solver.StepListener;

/**
 * Integrates a {@link MasterEquation} with Commons Math's adaptive {@link DormandPrince853Integrator}, one
 * integrator per segment, using the tolerance as both absolute and relative error bound. The listener sees the state
 * at the end of every accepted step. Other solvers delegate their time-dependent cases to an instance carrying their
 * own name, which then appears in the messages.
 */
final class LindbladSolver implements Solver {

    /** The smallest step, relative to the segment duration, before the integration is declared failed. */
    private static final double MIN_RELATIVE_STEP = 1e-13;

    /** The most right-hand side evaluations per segment before the integration is declared failed. */
    private static final int MAX_EVALUATIONS = 100_000_000;

    private final String name;
    private final double tolerance;
    private final double maxStep;

    /**
     * @param name the solver type named in messages ("lindblad", or the delegating solver's)
     * @param tolerance the absolute and relative error bound per step
     * @param maxStep the largest step, in units of time (infinite: unlimited)
     */
    LindbladSolver(String name, double tolerance, double maxStep) {
        this.name = name;
        this.tolerance = tolerance;
        this.maxStep = maxStep;
    }

    @Override
    public void propagate(MasterEquation equation, double duration, double[] y, StepListener listener) {
        if (Segments.isEmpty(duration, y, listener)) {
            return;
        }
        double minStep = MIN_RELATIVE_STEP * duration;
        DormandPrince853Integrator integrator =
                new DormandPrince853Integrator(minStep, Math.min(maxStep, duration), tolerance, tolerance);
        integrator.setMaxEvaluations(MAX_EVALUATIONS);
        ListenerAdapter handler = new ListenerAdapter(name, listener, duration);
        integrator.addStepHandler(handler);
        try {
            integrator.integrate(new EquationAdapter(equation), 0.0, y, duration, y);
        } catch (NumberIsTooSmallException e) {
            throw failure("the step size fell below " + minStep, handler.reached, duration, e);
        } catch (MaxCountExceededException e) {
            throw failure("more than " + MAX_EVALUATIONS + " evaluations were needed", handler.reached, duration, e);
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            throw failure(e.getMessage(), handler.reached, duration, e);
        }
    }

    private SolverException failure(String what, double reached, double duration, RuntimeException cause) {
        return new SolverException(name + " solver: " + what + " at s = " + reached + " of a segment of duration "
                + duration + " (tolerance " + tolerance + "); the equations may be stiff or ill-posed: try a "
                + "looser tolerance or another solver", cause);
    }

    /** Presents a master equation as Commons Math's first-order system; adds no allocation. */
    private record EquationAdapter(MasterEquation equation) implements FirstOrderDifferentialEquations {

        @Override
        public int getDimension() {
            return equation.dimension();
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] yDot) {
            equation.derivatives(t, y, yDot);
        }
    }

    /** Hands the state at the end of each accepted step to the listener, and stops at non-finite states. */
    private static final class ListenerAdapter implements StepHandler {

        private final String name;
        private final StepListener listener;
        private final double duration;
        private double reached;

        ListenerAdapter(String name, StepListener listener, double duration) {
            this.name = name;
            this.listener = listener;
            this.duration = duration;
        }

        @Override
        public void init(double t0, double[] y0, double t) {
            reached = t0;
        }

        @Override
        public void handleStep(StepInterpolator interpolator, boolean isLast) {
            double s = interpolator.getCurrentTime();
            interpolator.setInterpolatedTime(s);
            double[] state = interpolator.getInterpolatedState();
            for (double v : state) {
                if (!Double.isFinite(v)) {
                    throw new SolverException(name + " solver: the state became non-finite (" + v + ") between s = "
                            + reached + " and s = " + s + " of a segment of duration " + duration
                            + "; the master equation is ill-posed or unstable");
                }
            }
            reached = s;
            listener.step(s, state);
        }
    }
}
