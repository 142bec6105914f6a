package org.szilard.api.analyzer;

import org.szilard.api.operator.Operator;

/** The run after one accepted solver step, for analyzers that follow it in time. Valid only during the call. */
public interface Observation {

    /** The simulated time. */
    double time();

    /** The cycle number, from 1. */
    int cycle();

    /** The stroke label of the current segment. */
    String stroke();

    /** The control value. */
    double lambda();

    /** The density matrix (built on demand). */
    Operator rho();

    /**
     * The energy Tr(rho H(lambda)), computed on first use.
     *
     * @throws UnsupportedOperationException when the observation does not know the Hamiltonian
     */
    default double energy() {
        throw new UnsupportedOperationException("this observation does not provide the energy");
    }

    /**
     * The von Neumann entropy of rho in nats, computed on first use (it costs a diagonalisation: ask only when
     * needed).
     *
     * @throws UnsupportedOperationException when the observation cannot diagonalise
     */
    default double entropy() {
        throw new UnsupportedOperationException("this observation does not provide the entropy");
    }
}
