package org.szilard.kernel.engine;

import jakarta.inject.Inject;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.operator.Operator;

/**
 * The checks that decide whether a run's numbers can be trusted. A failure ends the run with a
 * {@link NumericalCheckException} naming the check and the amount; it is never absorbed silently.
 */
final class StateChecks {

    /** Largest allowed |Tr rho - 1|. */
    static final double TRACE_TOLERANCE = 1e-8;
    /** Largest allowed entry of rho - rho^dag. */
    static final double HERMITICITY_TOLERANCE = 1e-8;
    /** Most negative allowed eigenvalue of rho. */
    static final double POSITIVITY_TOLERANCE = 1e-6;
    /** Largest allowed first-law residual, relative to the energy scale of the interval (at least 1). */
    static final double FIRST_LAW_TOLERANCE = 1e-6;

    @Inject
    StateChecks() {
    }

    /**
     * Trace, hermiticity and positivity of the state at a given time.
     *
     * @param eigenvalues the eigenvalues of rho in ascending order (computed once by the caller, which needs them for
     *        the entropy too)
     */
    void checkState(Operator rho, double[] eigenvalues, double time) {
        double trace = rho.traceRe();
        if (!(Math.abs(trace - 1.0) <= TRACE_TOLERANCE)) {
            throw new NumericalCheckException("the trace of rho drifted to " + trace + " at t = " + time
                    + " (tolerance " + TRACE_TOLERANCE + "); tighten the solver tolerance");
        }
        double herm = rho.hermiticityError();
        if (!(herm <= HERMITICITY_TOLERANCE)) {
            throw new NumericalCheckException("rho lost hermiticity by " + herm + " at t = " + time
                    + " (tolerance " + HERMITICITY_TOLERANCE + ")");
        }
        double smallest = eigenvalues[0];
        if (!(smallest >= -POSITIVITY_TOLERANCE)) {
            throw new NumericalCheckException("rho has the negative eigenvalue " + smallest + " at t = " + time
                    + " (tolerance " + POSITIVITY_TOLERANCE + "); tighten the solver tolerance");
        }
    }

    /** Delta E = -W + sum Q over an interval. */
    void checkFirstLaw(Interval interval) {
        double scale = Math.max(1.0, Math.abs(interval.work()) + interval.heat().values().stream()
                .mapToDouble(Math::abs).sum() + Math.abs(interval.end().energy() - interval.start().energy()));
        double residual = interval.firstLawResidual();
        if (!(Math.abs(residual) <= FIRST_LAW_TOLERANCE * scale)) {
            throw new NumericalCheckException("the first law does not close: Delta E - (-W + sum Q) = " + residual
                    + " between t = " + interval.start().time() + " and t = " + interval.end().time()
                    + " (tolerance " + FIRST_LAW_TOLERANCE * scale + "); tighten the solver tolerance");
        }
    }
}
