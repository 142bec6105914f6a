package org.szilard.kernel.steady;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The steady state of a small Liouvillian from the null space of its real d^2 x d^2 matrix in
 * {@link HermitianCoordinates}, found by a singular value decomposition (Commons Math).
 *
 * <p>A singular value counts as zero when it is at most {@value #ZERO} times the largest, well above where rounding
 * leaves an exact zero (at most d^2 times the unit roundoff, 1e-13 at d^2 = 400; about 1e-17 in practice). Exactly
 * one must be zero, and the next one must exceed {@value #SEPARATION} times the largest, three orders of magnitude
 * clear of the zero threshold; otherwise the steady state is reported as not unique (several zeros: the generator
 * splits into sectors that exchange nothing) or as not resolved (no clear gap), never picked at random. The right
 * singular vector of the zero singular value, scaled to trace 1, is the steady state. Cost: d^2 applications of the
 * generator to build the matrix, then the decomposition: about 0.25 s at d^2 = 256 and 0.7 s at d^2 = 400 on the
 * 2-core build machine, growing faster than (d^2)^3 beyond (Commons Math's SVD takes 9 s at d^2 = 900).
 */
final class DirectSteadyState {

    /** Singular values at most this times the largest count as zero. */
    static final double ZERO = 1e-11;
    /** The second smallest singular value must exceed this times the largest. */
    static final double SEPARATION = 1e-8;

    /** The coordinates of the steady state, with trace 1. */
    double[] solve(Liouvillian liouvillian) {
        int d = liouvillian.hilbertDimension();
        int n = liouvillian.size();
        double[][] matrix = new double[n][n];
        double[] unit = new double[n];
        double[] column = new double[n];
        for (int j = 0; j < n; j++) {
            unit[j] = 1.0;
            liouvillian.apply(unit, column);
            unit[j] = 0.0;
            for (int i = 0; i < n; i++) {
                matrix[i][j] = column[i];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(matrix, false));
        double[] sigma = svd.getSingularValues();
        double largest = sigma[0];
        int zeros = 0;
        for (double s : sigma) {
            if (s <= ZERO * largest) {
                zeros++;
            }
        }
        if (zeros > 1) {
            throw new SteadyStateException("the steady state is not unique: the Liouvillian has " + zeros
                    + " independent steady states (" + zeros + " singular values below " + ZERO
                    + " of the largest), so the dynamics splits into sectors that exchange nothing; break the symmetry,"
                    + " e.g. attach a reservoir that connects the sectors");
        }
        double smallest = sigma[n - 1] / largest;
        double next = sigma[n - 2] / largest;
        if (zeros == 0 || next <= SEPARATION) {
            throw new SteadyStateException("the steady state is not resolved: the two smallest singular values of the"
                    + " Liouvillian are " + smallest + " and " + next + " of the largest, but the smallest must be"
                    + " below " + ZERO + " and the next above " + SEPARATION + "; the system is (nearly) split into"
                    + " sectors that hardly exchange anything");
        }
        double[] x = svd.getV().getColumn(n - 1);
        double trace = HermitianCoordinates.trace(d, x);
        for (int i = 0; i < n; i++) {
            x[i] /= trace;
        }
        return x;
    }
}
