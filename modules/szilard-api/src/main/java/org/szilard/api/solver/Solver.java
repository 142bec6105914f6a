package org.szilard.api.solver;

/** Propagates the state vector of a {@link MasterEquation} over one segment. */
public interface Solver {

    /**
     * Advances y from s = 0 to s = duration in place, calling the listener after each accepted step (and at the end).
     *
     * @throws SolverException when the requested accuracy cannot be met or the scenario is outside what the solver
     *         can do
     */
    void propagate(MasterEquation equation, double duration, double[] y, StepListener listener);
}
