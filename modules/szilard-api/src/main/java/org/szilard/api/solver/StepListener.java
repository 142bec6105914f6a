package org.szilard.api.solver;

/** Receives the state after each accepted solver step. */
@FunctionalInterface
public interface StepListener {

    /**
     * @param s the time since the segment start
     * @param y the state vector at s; read only, valid during the call
     */
    void step(double s, double[] y);
}
