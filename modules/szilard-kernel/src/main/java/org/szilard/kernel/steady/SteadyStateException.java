package org.szilard.kernel.steady;

/**
 * A steady state that cannot be trusted or does not exist as asked: not unique, not resolved from the next slowest
 * mode, not converged, or not a valid density matrix. The message says which and by how much; the engine reports it
 * as a failed numerical check.
 */
public class SteadyStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SteadyStateException(String message) {
        super(message);
    }
}
