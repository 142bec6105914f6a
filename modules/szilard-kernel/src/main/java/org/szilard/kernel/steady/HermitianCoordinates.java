package org.szilard.kernel.steady;

import java.util.Arrays;
import org.szilard.api.operator.Operator;

/**
 * Real coordinates of Hermitian d x d matrices, in which a Liouvillian is a real linear map on R^(d^2): first the d
 * diagonal entries, then for each pair i &lt; j (row by row) sqrt(2) Re X_ij and sqrt(2) Im X_ij. The factor sqrt(2)
 * makes the basis orthonormal for the Hilbert-Schmidt inner product, so the Euclidean norm of the coordinates is the
 * Frobenius norm of the matrix, and singular values and residuals keep their meaning. Matrices are stored like a
 * density matrix in a solver's state vector: row-major, real and imaginary parts interleaved.
 */
final class HermitianCoordinates {

    private static final double ROOT2 = Math.sqrt(2.0);

    private HermitianCoordinates() {
    }

    /** The number of real coordinates, d^2. */
    static int size(int d) {
        return d * d;
    }

    /** Writes the Hermitian matrix with coordinates x into the first 2 d^2 entries of m. */
    static void toMatrix(int d, double[] x, double[] m) {
        int k = d;
        for (int i = 0; i < d; i++) {
            int ii = 2 * (i * d + i);
            m[ii] = x[i];
            m[ii + 1] = 0.0;
            for (int j = i + 1; j < d; j++) {
                double re = x[k++] / ROOT2;
                double im = x[k++] / ROOT2;
                int ij = 2 * (i * d + j);
                int ji = 2 * (j * d + i);
                m[ij] = re;
                m[ij + 1] = im;
                m[ji] = re;
                m[ji + 1] = -im;
            }
        }
    }

    /** The coordinates of the Hermitian matrix in m, read from its diagonal and upper triangle, into x. */
    static void fromMatrix(int d, double[] m, double[] x) {
        int k = d;
        for (int i = 0; i < d; i++) {
            x[i] = m[2 * (i * d + i)];
            for (int j = i + 1; j < d; j++) {
                int ij = 2 * (i * d + j);
                x[k++] = ROOT2 * m[ij];
                x[k++] = ROOT2 * m[ij + 1];
            }
        }
    }

    /** The trace of the matrix with coordinates x. */
    static double trace(int d, double[] x) {
        double t = 0.0;
        for (int i = 0; i < d; i++) {
            t += x[i];
        }
        return t;
    }

    /** The coordinates of the identity matrix times s. */
    static double[] identity(int d, double s) {
        double[] x = new double[size(d)];
        Arrays.fill(x, 0, d, s);
        return x;
    }

    /** The Hermitian matrix with coordinates x. */
    static Operator operator(int d, double[] x) {
        double[] m = new double[2 * d * d];
        toMatrix(d, x, m);
        return Operator.wrap(d, m);
    }
}
