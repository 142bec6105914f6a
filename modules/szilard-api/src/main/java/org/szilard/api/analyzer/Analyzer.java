package org.szilard.api.analyzer;

/**
 * Computes one block of results. It may follow the run step by step (online: it must not store every step, so
 * memory stays independent of the run length) and reports when the run is over.
 */
public interface Analyzer {

    /** Called after every accepted solver step. */
    default void observe(Observation observation) {
    }

    /** Called once at the end of the run. */
    ResultBlock finish(RunRecord run);
}
