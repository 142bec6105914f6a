package org.szilard.plugin.solvers;

import org.szilard.api.solver.Solver;

/** Lets tests of other packages of this module build the reference {@code lindblad} solver. */
public final class LindbladSolverProviderAccess {

    private LindbladSolverProviderAccess() {
    }

    /** The lindblad solver at the given tolerance. */
    public static Solver solver(double tolerance) {
        return new LindbladSolver("lindblad", tolerance, Double.POSITIVE_INFINITY);
    }
}
