package org.szilard.kernel.engine;

/**
 * A run whose numbers cannot be trusted: the density matrix lost its trace, hermiticity or positivity beyond
 * tolerance, or the first law does not close. The message says which check failed and by how much.
 */
public class NumericalCheckException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NumericalCheckException(String message) {
        super(message);
    }
}
