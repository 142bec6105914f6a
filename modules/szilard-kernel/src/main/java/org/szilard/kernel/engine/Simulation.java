package org.szilard.kernel.engine;

/** A configured simulation, ready to run once. */
public interface Simulation {

    /**
     * Runs the scenario.
     *
     * @throws org.szilard.api.solver.SolverException when a solver cannot meet its tolerance
     * @throws NumericalCheckException when a numerical check fails
     */
    RunResult run(ProgressListener progress);
}
