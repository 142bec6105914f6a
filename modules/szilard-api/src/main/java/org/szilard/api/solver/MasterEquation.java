package org.szilard.api.solver;

/**
 * The equations of motion of one segment, built by the kernel: a real vector y holding the density matrix
 * (row-major, real and imaginary parts interleaved, 2 d^2 entries) followed by the energetic bookkeeping
 * components (work and heat per reservoir, integrated with the state). Time s runs from 0 at the segment start.
 */
public interface MasterEquation {

    /** The length of y. */
    int dimension();

    /** The Hilbert-space dimension d of the density matrix in y. */
    int hilbertDimension();

    /** Computes dy/ds at time s into {@code yDot}; must not allocate. */
    void derivatives(double s, double[] y, double[] yDot);

    /** Whether the generator does not depend on s (a constant control). */
    boolean isTimeIndependent();
}
