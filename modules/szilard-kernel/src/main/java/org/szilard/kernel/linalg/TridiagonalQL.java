package org.szilard.kernel.linalg;

import java.util.Arrays;

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
                sweep(d, e, z, n, l, m);
            }
        }
    }

    /** One implicit QL sweep on the unreduced block l..m, with the Wilkinson shift from its top 2 x 2 corner. */
    private static void sweep(double[] d, double[] e, double[] z, int n, int l, int m) {
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
                return;
            }
            s = f / r;
            c = g / r;
            g = d[i + 1] - p;
            r = (d[i] - g) * s + 2.0 * c * b;
            p = s * r;
            d[i + 1] = g + p;
            g = c * r - b;
            if (z != null) {
                int lower = i * n;
                int upper = lower + n;
                for (int k = 0; k < n; k++) {
                    double zl = z[lower + k];
                    double zu = z[upper + k];
                    z[upper + k] = s * zl + c * zu;
                    z[lower + k] = c * zl - s * zu;
                }
            }
        }
        d[l] -= p;
        e[l] = g;
        e[m] = 0.0;
    }
}
