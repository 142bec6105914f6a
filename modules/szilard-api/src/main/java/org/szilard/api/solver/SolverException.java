package org.szilard.api.solver;

/** Numerical trouble a solver cannot absorb: tolerance not met, step size underflow, an unsupported problem. */
public class SolverException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SolverException(String message) {
        super(message);
    }

    public SolverException(String message, Throwable cause) {
        super(message, cause);
    }
}
