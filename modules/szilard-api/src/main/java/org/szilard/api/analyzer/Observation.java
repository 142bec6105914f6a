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
}
