package org.szilard.api.analyzer;

import org.szilard.api.operator.Operator;

/**
 * The run's protocol as a map on density matrices, offered by the kernel when the run is closed (no reservoir in any
 * segment), once through (not cyclic, not steady) and free of counterdiabatic strokes: the unitary channel
 * rho -&gt; U rho U^dagger of the schedule, computed with the run's solver and segment equations. A jump of the
 * control between segments (a sudden quench) leaves the state unchanged (its work is the change of H). Used for
 * exact two-point-measurement work statistics. Not thread safe.
 */
public interface ClosedProcess {

    /** The control value lambda_0 at the start, where the first energy measurement is made. */
    double initialControl();

    /** The control value lambda_1 at the end, where the second energy measurement is made. */
    double finalControl();

    /**
     * Propagates a density matrix through the whole schedule.
     *
     * @param rho0 any Hermitian operator of the substance's dimension (need not have trace 1)
     * @return the operator at the end of the schedule
     */
    Operator evolve(Operator rho0);

    /**
     * The time-reversed protocol: the segments in reverse order, each control run backwards,
     * lambda_R(s) = lambda(duration - s), so it starts at {@link #finalControl()} and ends at
     * {@link #initialControl()}.
     */
    ClosedProcess reverse();
}
