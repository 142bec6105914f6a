package org.szilard.kernel.steady;

import java.util.Arrays;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.decompose.hessenberg.HessenbergSimilarDecomposition_ZDRM;

/**
 * The complex Schur decomposition A = Q T Q^dagger of a square complex matrix: Q unitary and T upper triangular,
 * with the eigenvalues of A on the diagonal of T. Unlike an eigen-decomposition it exists for every matrix and is
 * perfectly conditioned (Q is unitary), which is what a Sylvester solver for a non-normal H_eff needs.
 *
 * <p>Method (Golub and Van Loan, Matrix Computations, sections 7.4 and 7.5): EJML's Householder reduction to upper
 * Hessenberg form, then the single-shift QR algorithm with Givens rotations on the active block, a Wilkinson shift
 * (the eigenvalue of the trailing 2 x 2 block closer to its last diagonal entry) and an exceptional shift after every
 * {@value #EXCEPTIONAL_SHIFT_EVERY} steps without deflation. A subdiagonal entry counts as zero when its modulus is
 * below the unit roundoff times that of its two diagonal neighbours. The rotations are applied to the whole matrix
 * and accumulated into Q, so T is the full triangular factor.
 */
final class ComplexSchur {

    private static final double EPS = Math.ulp(1.0);
    private static final int EXCEPTIONAL_SHIFT_EVERY = 10;
    /** The most QR steps per eigenvalue, on average, before giving up. */
    private static final int MAX_STEPS_PER_EIGENVALUE = 30;

    private final ZMatrixRMaj t;
    private final ZMatrixRMaj q;

    private ComplexSchur(ZMatrixRMaj t, ZMatrixRMaj q) {
        this.t = t;
        this.q = q;
    }

    /**
     * Decomposes a (not modified).
     *
     * @throws ArithmeticException if the QR iteration does not converge
     */
    static ComplexSchur of(ZMatrixRMaj a) {
        int n = a.numRows;
        HessenbergSimilarDecomposition_ZDRM reduction = new HessenbergSimilarDecomposition_ZDRM(n);
        if (!reduction.decompose(a.copy())) {
            throw new ArithmeticException("the Hessenberg reduction failed");
        }
        ZMatrixRMaj h = reduction.getH(null);
        ZMatrixRMaj q = reduction.getQ(null);
        iterate(h.data, q.data, n);
        for (int i = 1; i < n; i++) {
            Arrays.fill(h.data, 2 * i * n, 2 * (i * n + i), 0.0);
        }
        return new ComplexSchur(h, q);
    }

    /** The upper triangular factor T. */
    ZMatrixRMaj t() {
        return t;
    }

    /** The unitary factor Q. */
    ZMatrixRMaj q() {
        return q;
    }

    /** Drives the Hessenberg matrix h to triangular form, accumulating the rotations into z. */
    private static void iterate(double[] h, double[] z, int n) {
        double scale = 0.0;
        for (int k = 0; k < h.length; k += 2) {
            scale = Math.max(scale, Math.abs(h[k]) + Math.abs(h[k + 1]));
        }
        double[] c = new double[n];
        double[] sRe = new double[n];
        double[] sIm = new double[n];
        int hi = n - 1;
        int sinceDeflation = 0;
        int steps = 0;
        while (hi > 0) {
            int lo = hi;
            while (lo > 0 && !negligible(h, n, lo, scale)) {
                lo--;
            }
            if (lo > 0) {
                h[2 * (lo * n + lo - 1)] = 0.0;
                h[2 * (lo * n + lo - 1) + 1] = 0.0;
            }
            if (lo == hi) {
                hi--;
                sinceDeflation = 0;
                continue;
            }
            if (++steps > MAX_STEPS_PER_EIGENVALUE * n) {
                throw new ArithmeticException("the complex Schur QR iteration did not converge in " + steps
                        + " steps (dimension " + n + ")");
            }
            sinceDeflation++;
            double[] shift = sinceDeflation % EXCEPTIONAL_SHIFT_EVERY == 0 ? exceptionalShift(h, n, hi)
                    : wilkinsonShift(h, n, hi);
            step(h, z, n, lo, hi, shift[0], shift[1], c, sRe, sIm);
        }
    }

    /** Whether the subdiagonal entry (l, l-1) is negligible against its diagonal neighbours. */
    private static boolean negligible(double[] h, int n, int l, double scale) {
        int sub = 2 * (l * n + l - 1);
        int a = 2 * ((l - 1) * n + l - 1);
        int b = 2 * (l * n + l);
        double neighbours = Math.abs(h[a]) + Math.abs(h[a + 1]) + Math.abs(h[b]) + Math.abs(h[b + 1]);
        if (neighbours == 0.0) {
            neighbours = scale;
        }
        return Math.abs(h[sub]) + Math.abs(h[sub + 1]) <= EPS * neighbours;
    }

    /** The eigenvalue of the trailing 2 x 2 block [a b; c d] closer to d: d - bc / (p + sqrt(p^2 + bc)), p = (a-d)/2. */
    private static double[] wilkinsonShift(double[] h, int n, int hi) {
        int ia = 2 * ((hi - 1) * n + hi - 1);
        int ib = 2 * ((hi - 1) * n + hi);
        int ic = 2 * (hi * n + hi - 1);
        int id = 2 * (hi * n + hi);
        double pRe = 0.5 * (h[ia] - h[id]);
        double pIm = 0.5 * (h[ia + 1] - h[id + 1]);
        double bcRe = h[ib] * h[ic] - h[ib + 1] * h[ic + 1];
        double bcIm = h[ib] * h[ic + 1] + h[ib + 1] * h[ic];
        double[] root = sqrt(pRe * pRe - pIm * pIm + bcRe, 2 * pRe * pIm + bcIm);
        if (pRe * root[0] + pIm * root[1] < 0.0) {
            root[0] = -root[0];
            root[1] = -root[1];
        }
        double denRe = pRe + root[0];
        double denIm = pIm + root[1];
        double den = denRe * denRe + denIm * denIm;
        if (den == 0.0) {
            return new double[] {h[id], h[id + 1]};
        }
        double qRe = (bcRe * denRe + bcIm * denIm) / den;
        double qIm = (bcIm * denRe - bcRe * denIm) / den;
        return new double[] {h[id] - qRe, h[id + 1] - qIm};
    }

    /** A shift off the last diagonal entry by 3/4 of the last subdiagonal entry, to break a cycle. */
    private static double[] exceptionalShift(double[] h, int n, int hi) {
        int sub = 2 * (hi * n + hi - 1);
        int id = 2 * (hi * n + hi);
        return new double[] {h[id] + 0.75 * (Math.abs(h[sub]) + Math.abs(h[sub + 1])), h[id + 1]};
    }

    /** The principal square root of re + i im. */
    private static double[] sqrt(double re, double im) {
        double r = Math.hypot(re, im);
        if (r == 0.0) {
            return new double[] {0.0, 0.0};
        }
        double a = Math.sqrt(0.5 * (r + Math.abs(re)));
        double b = 0.5 * im / a;
        return re >= 0.0 ? new double[] {a, b} : new double[] {Math.abs(b), Math.copySign(a, im)};
    }

    /**
     * One explicit shifted QR step on the block [lo, hi]: H - mu = G R with plane rotations, then R G + mu. Rows of
     * the block are rotated across all columns to the right and columns across all rows above, so the whole matrix
     * undergoes the similarity transformation, which is accumulated into z.
     */
    private static void step(double[] h, double[] z, int n, int lo, int hi, double muRe, double muIm,
                             double[] c, double[] sRe, double[] sIm) {
        for (int k = lo; k <= hi; k++) {
            h[2 * (k * n + k)] -= muRe;
            h[2 * (k * n + k) + 1] -= muIm;
        }
        for (int k = lo; k < hi; k++) {
            int kk = 2 * (k * n + k);
            int below = 2 * ((k + 1) * n + k);
            rotation(h[kk], h[kk + 1], h[below], h[below + 1], k, c, sRe, sIm);
            double cc = c[k];
            double sr = sRe[k];
            double si = sIm[k];
            for (int j = k; j < n; j++) {
                int a = 2 * (k * n + j);
                int b = 2 * ((k + 1) * n + j);
                double ur = h[a];
                double ui = h[a + 1];
                double vr = h[b];
                double vi = h[b + 1];
                h[a] = cc * ur + sr * vr - si * vi;
                h[a + 1] = cc * ui + sr * vi + si * vr;
                h[b] = cc * vr - sr * ur - si * ui;
                h[b + 1] = cc * vi - sr * ui + si * ur;
            }
        }
        for (int k = lo; k < hi; k++) {
            rotateColumns(h, n, k, k + 2, c[k], sRe[k], sIm[k]);
            rotateColumns(z, n, k, n, c[k], sRe[k], sIm[k]);
        }
        for (int k = lo; k <= hi; k++) {
            h[2 * (k * n + k)] += muRe;
            h[2 * (k * n + k) + 1] += muIm;
        }
    }

    /**
     * The rotation G = [c s; -conj(s) c] (c real) with G [x; y] = [r; 0], stored at index k.
     */
    private static void rotation(double xr, double xi, double yr, double yi, int k, double[] c, double[] sRe,
                                 double[] sIm) {
        double ax = Math.hypot(xr, xi);
        double ay = Math.hypot(yr, yi);
        if (ay == 0.0) {
            c[k] = 1.0;
            sRe[k] = 0.0;
            sIm[k] = 0.0;
        } else if (ax == 0.0) {
            c[k] = 0.0;
            sRe[k] = yr / ay;
            sIm[k] = -yi / ay;
        } else {
            double norm = Math.hypot(ax, ay);
            double ur = xr / ax;
            double ui = xi / ax;
            c[k] = ax / norm;
            sRe[k] = (ur * yr + ui * yi) / norm;
            sIm[k] = (ui * yr - ur * yi) / norm;
        }
    }

    /** Multiplies columns k and k+1 of rows [0, rows) by G^dagger from the right. */
    private static void rotateColumns(double[] m, int n, int k, int rows, double c, double sr, double si) {
        int end = Math.min(rows, n);
        for (int i = 0; i < end; i++) {
            int a = 2 * (i * n + k);
            int b = a + 2;
            double ur = m[a];
            double ui = m[a + 1];
            double vr = m[b];
            double vi = m[b + 1];
            m[a] = c * ur + sr * vr + si * vi;
            m[a + 1] = c * ui + sr * vi - si * vr;
            m[b] = c * vr - sr * ur + si * ui;
            m[b + 1] = c * vi - sr * ui - si * ur;
        }
    }
}
