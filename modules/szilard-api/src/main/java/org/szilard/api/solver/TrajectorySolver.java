package org.szilard.api.solver;

/**
 * A solver that unravels the master equation into stochastic pure-state trajectories (quantum jumps) whose ensemble
 * mean is the state it writes back, and that keeps a tally of each trajectory's work and heat. The kernel starts a
 * tally at the start of the stretch it reports (the run, or each cycle of a cyclic protocol) and hands the tally of
 * the reported stretch to the analyzers ({@link org.szilard.api.analyzer.RunRecord#trajectories()}).
 */
public interface TrajectorySolver extends Solver {

    /** Sets every trajectory's tally to zero; the next segment propagated counts from its start. */
    void startTally();

    /** The tallies accumulated since the last {@link #startTally()}, as an independent copy. */
    TrajectoryTally tally();
}
