package org.szilard.kernel.linalg;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Eigenvalues and eigenvectors of a real symmetric tridiagonal matrix by the implicit QL algorithm with Wilkinson
 * shifts: each sweep chases a bulge up the band with plane rotations, and an off-diagonal entry counts as zero once
 * adding it to |d_m| + |d_m+1| no longer changes that sum (the classical, backward-stable deflation test). The
 * rotations are accumulated into the eigenvector matrix only when asked.
 *
 * <p>Written for this kernel because Commons Math's tridiagonal solver caps the iterations per eigenvalue at 30
 * and gave up on some states of an 8-site spin chain (d = 256) whose spectra have many near-degenerate clusters.
 * Here the budget is 30 n sweeps for the whole matrix, as in LAPACK's steqr; exceeding it is reported.
 */
final class TridiagonalQL {

    /**
     * From this dimension on, the rotations of a sweep are applied to the eigenvectors after the sweep, in column
     * blocks spread over the cores (each entry sees the same rotations in the same order, so the result does not
     * depend on the number of threads).
     */
    static final int PARALLEL_FROM = 768;
    private static final int BLOCK = 128;

    private TridiagonalQL() {
    }

    /**
     * Diagonalises the matrix in place.
     *
     * @param d the diagonal (length n); on return, the eigenvalues, unordered
     * @param e the off-diagonal, e[i] between rows i and i+1 (length at least n; e[n-1] is ignored); destroyed
     * @param z if not null, an n x n array that receives the eigenvectors as rows (z[j n + k] is component k of the
     *          eigenvector of d[j]): a rotation then updates two contiguous rows, not two columns n apart
     * @throws ArithmeticException when the sweeps do not converge within the budget
     */
    static void solve(double[] d, double[] e, double[] z, int n) {
        solve(d, e, z, n, n >= PARALLEL_FROM);
    }

    /** {@link #solve(double[], double[], double[], int)}, choosing whether the eigenvector updates run in parallel. */
    static void solve(double[] d, double[] e, double[] z, int n, boolean parallel) {
        if (z != null) {
            Arrays.fill(z, 0, n * n, 0.0);
            for (int k = 0; k < n; k++) {
                z[k * n + k] = 1.0;
            }
        }
        if (n == 1) {
            return;
        }
        e[n - 1] = 0.0;
        Rotations rotations = z != null && parallel ? new Rotations(n) : null;
        int budget = 30 * n;
        for (int l = 0; l < n; l++) {
            while (true) {
                int m = l;
                while (m < n - 1) {
                    double scale = Math.abs(d[m]) + Math.abs(d[m + 1]);
                    if (Math.abs(e[m]) + scale == scale) {
                        break;
                    }
                    m++;
                }
                if (m == l) {
                    break;
                }
                if (budget-- == 0) {
                    throw new ArithmeticException("tridiagonal eigenvalue iteration did not converge (d = " + n + ")");
                }
                sweep(d, e, z, n, l, m, rotations);
            }
        }
    }

    /**
     * One implicit QL sweep on the unreduced block l..m, with the Wilkinson shift from its top 2 x 2 corner; its
     * rotations go into z at once, or into {@code rotations} to be applied when the sweep ends.
     */
    private static void sweep(double[] d, double[] e, double[] z, int n, int l, int m, Rotations rotations) {
        double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
        double r = Math.hypot(g, 1.0);
        g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
        double s = 1.0;
        double c = 1.0;
        double p = 0.0;
        int i = m - 1;
        for (; i >= l; i--) {
            double f = s * e[i];
            double b = c * e[i];
            r = Math.hypot(f, g);
            e[i + 1] = r;
            if (r == 0.0) {
                // the rotation underflowed: the block splits here; finish this sweep early
                d[i + 1] -= p;
                e[m] = 0.0;
                if (rotations != null) {
                    rotations.apply(z, m - 1, i + 1);
                }
                return;
            }
            s = f / r;
            c = g / r;
            g = d[i + 1] - p;
            r = (d[i] - g) * s + 2.0 * c * b;
            p = s * r;
            d[i + 1] = g + p;
            g = c * r - b;
            if (rotations != null) {
                rotations.record(i, c, s);
            } else if (z != null) {
                rotate(z, n, i, c, s, 0, n);
            }
        }
        if (rotations != null) {
            rotations.apply(z, m - 1, l);
        }
        d[l] -= p;
        e[l] = g;
        e[m] = 0.0;
    }

    /** Rows i and i+1 of z (columns k0 to k1) turned by the plane rotation (c, s). */
    private static void rotate(double[] z, int n, int i, double c, double s, int k0, int k1) {
        int lower = i * n;
        int upper = lower + n;
        for (int k = k0; k < k1; k++) {
            double zl = z[lower + k];
            double zu = z[upper + k];
            z[upper + k] = s * zl + c * zu;
            z[lower + k] = c * zl - s * zu;
        }
    }

    /** The rotations of one sweep, by the row they start at, applied to column blocks of z in parallel. */
    private static final class Rotations {

        private final int n;
        private final double[] cosines;
        private final double[] sines;

        Rotations(int n) {
            this.n = n;
            this.cosines = new double[n];
            this.sines = new double[n];
        }

        void record(int i, double c, double s) {
            cosines[i] = c;
            sines[i] = s;
        }

        /** Applies the rotations of rows from, from - 1, ..., to (in that order, as the sweep made them). */
        void apply(double[] z, int from, int to) {
            if (from < to) {
                return;
            }
            IntStream.range(0, (n + BLOCK - 1) / BLOCK).parallel().forEach(block -> {
                int k0 = block * BLOCK;
                int k1 = Math.min(n, k0 + BLOCK);
                for (int i = from; i >= to; i--) {
                    rotate(z, n, i, cosines[i], sines[i], k0, k1);
                }
            });
        }
    }
}
