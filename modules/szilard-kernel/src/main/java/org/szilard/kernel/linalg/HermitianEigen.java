package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;

import java.util.Arrays;

/**
 * Eigen-decomposition H = V diag(E) V^dagger of a Hermitian matrix, eigenvalues in increasing order and
 * eigenvectors as the columns of the unitary V.
 *
 * <p>Method: (1) {@link HouseholderTridiagonal} reduces H = Q T Q^dagger with T Hermitian tridiagonal; (2) a
 * diagonal unitary D makes the off-diagonal real and non-negative, T = D T' D^dagger with T' real symmetric
 * tridiagonal; (3) {@link TridiagonalQL} (implicit QL with Wilkinson shifts) solves T' = W diag(E) W^T, accumulating
 * W only when eigenvectors are asked for; (4) V = Q (D W), the reflections of Q applied to D W. Eigenvectors inside
 * degenerate eigenspaces are orthonormal (W is a product of plane rotations). Large matrices use all cores in steps
 * (1), (3) and (4), with results that do not depend on the number of threads.
 *
 * <p>Only the Hermitian part (H + H^dagger)/2 of the input is decomposed, so rounding-level non-hermiticity is
 * harmless; the input is never modified. Diagonal matrices (basis states, the maximally mixed state) skip the
 * reduction.
 *
 * <p>An instance keeps its work arrays between calls and is meant for one thread. The arrays returned by
 * {@link #eigenvalues()} and {@link #eigenvectors()} belong to the instance and are overwritten by the next call.
 */
public final class HermitianEigen {

    private final HouseholderTridiagonal reduction = new HouseholderTridiagonal();
    private final ZMatrixRMaj work = new ZMatrixRMaj(1, 1);
    private final ZMatrixRMaj vectors = new ZMatrixRMaj(1, 1);

    private int dimension = -1;
    private boolean hasVectors;
    /** Whether the last decomposition went through {@link #reduction} (otherwise Q = 1). */
    private boolean reduced;
    private double[] values = new double[0];
    private double[] diagonal = new double[0];     // real
    private double[] offDiagonal = new double[0];  // interleaved, T_{i,i+1}
    private double[] main = new double[0];
    private double[] secondary = new double[0];
    private double[] phaseRe = new double[0];
    private double[] phaseIm = new double[0];
    private double[] realVectors = new double[0];  // W^T as the QL leaves it: row j the eigenvector of main[j]
    private double[] sortedVectors = new double[0];  // W, columns in increasing eigenvalue order
    private int[] order = new int[0];

    /** Creates an instance with empty work arrays (they grow on first use). */
    public HermitianEigen() {
    }

    /** Eigenvalues and eigenvectors of the Hermitian part of {@code h} (not modified). */
    public void decompose(ZMatrixRMaj h) {
        decompose(h, true);
    }

    /**
     * Eigenvalues, and eigenvectors if {@code computeVectors}, of the Hermitian part of {@code h} (not modified).
     * Skipping the vectors saves the back-transformation (about half the time for large d).
     *
     * @throws IllegalArgumentException if {@code h} is not square or has a non-finite entry
     * @throws ArithmeticException if the tridiagonal iteration does not converge
     */
    public void decompose(ZMatrixRMaj h, boolean computeVectors) {
        int n = h.numRows;
        if (n != h.numCols || n < 1) {
            throw new IllegalArgumentException("need a non-empty square matrix, got " + h.numRows + " x " + h.numCols);
        }
        ensureCapacity(n);
        hermitianPart(h, n);
        hasVectors = false;

        reduced = !isDiagonal(n);
        if (reduced) {
            reduction.reduce(work.data, n, diagonal, offDiagonal);
        } else {
            Arrays.fill(offDiagonal, 0.0);
            for (int i = 0; i < n; i++) {
                diagonal[i] = work.data[2 * (i * n + i)];
            }
        }
        realTridiagonal(n);

        if (n == 1) {
            values[0] = main[0];
            if (computeVectors) {
                vectors.reshape(1, 1);
                vectors.data[0] = 1.0;
                vectors.data[1] = 0.0;
                hasVectors = true;
            }
            return;
        }

        TridiagonalQL.solve(main, secondary, computeVectors ? realVectors : null, n);
        sortAscending(n);
        if (computeVectors) {
            backTransform(n);
            hasVectors = true;
        }
    }

    /** The dimension of the last decomposed matrix. */
    public int dimension() {
        return dimension;
    }

    /** The eigenvalue E_a of the last decomposition; E_0 &lt;= E_1 &lt;= ... */
    public double eigenvalue(int a) {
        return values[a];
    }

    /** The eigenvalues of the last decomposition, increasing: the instance's own array, overwritten by the next call. */
    public double[] eigenvalues() {
        return values;
    }

    /**
     * The unitary V whose column a is the eigenvector of E_a: the instance's own matrix, overwritten by the next call.
     *
     * @throws IllegalStateException if the last decomposition skipped the eigenvectors
     */
    public ZMatrixRMaj eigenvectors() {
        if (!hasVectors) {
            throw new IllegalStateException("the last decomposition did not compute eigenvectors");
        }
        return vectors;
    }

    private void ensureCapacity(int n) {
        if (n == dimension) {
            return;
        }
        dimension = n;
        values = new double[n];
        diagonal = new double[n];
        offDiagonal = new double[2 * n];
        main = new double[n];
        secondary = new double[n];
        phaseRe = new double[n];
        phaseIm = new double[n];
        order = new int[n];
        if (realVectors.length < n * n) {
            realVectors = new double[n * n];
            sortedVectors = new double[n * n];
        }
    }

    /** Whether the upper triangle of {@link #work} is zero off the diagonal. */
    private boolean isDiagonal(int n) {
        double[] a = work.data;
        for (int i = 0; i < n; i++) {
            for (int k = 2 * (i * n + i + 1); k < 2 * (i + 1) * n; k++) {
                if (a[k] != 0.0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Copies (H + H^dagger)/2 into {@link #work}, both triangles. */
    private void hermitianPart(ZMatrixRMaj h, int n) {
        work.reshape(n, n);
        double[] src = h.data;
        double[] dst = work.data;
        for (int i = 0; i < n; i++) {
            int ii = 2 * (i * n + i);
            double d = src[ii];
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("non-finite diagonal entry at " + i);
            }
            dst[ii] = d;
            dst[ii + 1] = 0.0;
            for (int j = i + 1; j < n; j++) {
                int ij = 2 * (i * n + j);
                int ji = 2 * (j * n + i);
                double re = 0.5 * (src[ij] + src[ji]);
                double im = 0.5 * (src[ij + 1] - src[ji + 1]);
                if (!Double.isFinite(re) || !Double.isFinite(im)) {
                    throw new IllegalArgumentException("non-finite entry at (" + i + ", " + j + ")");
                }
                dst[ij] = re;
                dst[ij + 1] = im;
                dst[ji] = re;
                dst[ji + 1] = -im;
            }
        }
    }

    /**
     * T = D T' D^dagger: main diagonal, moduli of the off-diagonal, and the phases d_0 = 1,
     * d_{i+1} = d_i conj(e_i) / |e_i| (e_i = T_{i,i+1}; d_{i+1} = d_i when e_i = 0).
     */
    private void realTridiagonal(int n) {
        phaseRe[0] = 1.0;
        phaseIm[0] = 0.0;
        for (int i = 0; i < n; i++) {
            main[i] = diagonal[i];
            if (i + 1 < n) {
                double er = offDiagonal[2 * i];
                double ei = offDiagonal[2 * i + 1];
                double modulus = Math.hypot(er, ei);
                secondary[i] = modulus;
                if (modulus > 0.0) {
                    double cr = er / modulus;
                    double ci = -ei / modulus;
                    phaseRe[i + 1] = phaseRe[i] * cr - phaseIm[i] * ci;
                    phaseIm[i + 1] = phaseRe[i] * ci + phaseIm[i] * cr;
                } else {
                    phaseRe[i + 1] = phaseRe[i];
                    phaseIm[i + 1] = phaseIm[i];
                }
            }
        }
    }

    /** Fills {@link #values} increasing and {@link #order} with the matching columns of the QL eigenvectors. */
    private void sortAscending(int n) {
        for (int k = 0; k < n; k++) {
            order[k] = k;
            values[k] = main[k];
        }
        for (int k = 1; k < n; k++) {
            double v = values[k];
            int idx = order[k];
            int j = k - 1;
            while (j >= 0 && values[j] > v) {
                values[j + 1] = values[j];
                order[j + 1] = order[j];
                j--;
            }
            values[j + 1] = v;
            order[j + 1] = idx;
        }
    }

    /** V = Q (D W) with W the real eigenvectors of T', columns taken in increasing eigenvalue order. */
    private void backTransform(int n) {
        double[] w = sortedVectors;
        for (int k = 0; k < n; k++) {
            int column = order[k];
            for (int j = 0; j < n; j++) {
                w[j * n + k] = realVectors[column * n + j];
            }
        }
        vectors.reshape(n, n);
        double[] v = vectors.data;
        for (int i = 0; i < n; i++) {
            double pr = phaseRe[i];
            double pi = phaseIm[i];
            for (int k = 0; k < n; k++) {
                double x = w[i * n + k];
                v[2 * (i * n + k)] = pr * x;
                v[2 * (i * n + k) + 1] = pi * x;
            }
        }
        if (reduced) {
            reduction.applyQ(v);
        }
    }
}
