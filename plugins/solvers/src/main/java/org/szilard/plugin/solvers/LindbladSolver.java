package org.szilard.plugin.solvers;

import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.StepListener;

/**
 * Integrates a {@link MasterEquation} with the adaptive {@link DormandPrince853} method, using the tolerance as both
 * absolute and relative error bound. The listener sees the state at the end of every accepted step. Other solvers
 * delegate their time-dependent cases to an instance carrying their own name, which then appears in the messages.
 * The integrator's work arrays are kept between segments of the same state length; like every solver, an instance
 * serves one run at a time.
 */
final class LindbladSolver implements Solver {

    /** The smallest step, relative to the segment duration, before the integration is declared failed. */
    private static final double MIN_RELATIVE_STEP = 1e-13;

    /** The most right-hand side evaluations per segment before the integration is declared failed. */
    private static final long MAX_EVALUATIONS = 100_000_000L;

    private final String name;
    private final double tolerance;
    private final double maxStep;
    private DormandPrince853 integrator;

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
        if (integrator == null || integrator.size() != y.length) {
            integrator = null; // let the old work arrays go before allocating the new ones
            integrator = new DormandPrince853(y.length);
        }
        var limits = new DormandPrince853.Limits(name, tolerance, maxStep, MIN_RELATIVE_STEP * duration,
                MAX_EVALUATIONS);
        integrator.integrate(equation, duration, y, limits, listener);
    }
}
