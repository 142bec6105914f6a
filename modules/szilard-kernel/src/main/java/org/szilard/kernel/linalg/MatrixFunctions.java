package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_ZDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Functions of matrices. Functions of a Hermitian H are computed through its eigen-decomposition,
 * f(H) = V diag(f(E)) V^dagger (the Hermitian part of the input is used); the exponential of a general complex matrix
 * by Pade scaling and squaring (N. J. Higham, "The scaling and squaring method for the matrix exponential
 * revisited", SIAM J. Matrix Anal. Appl. 26 (2005) 1179-1193: degrees 3, 5, 7, 9, 13 and their theta_m), preceded
 * by a trace shift A - (tr A / d) 1 when it lowers the 1-norm and Re tr A &gt;= 0 (with a negative real part, as for a
 * decaying generator, the shifted exponential can overflow where the true one is finite: eigenvalues 0 and -2000
 * become 1000 and -1000, and e^1000 times e^-1000 is infinity times zero).
 *
 * <p>Every method writes into {@code out} (reshaped as needed; a new matrix when {@code null}) and returns it;
 * {@code out} may be the input matrix itself. An instance keeps its work matrices between calls and is meant for
 * one thread.
 */
public final class MatrixFunctions {

    /** Eigenvalues down to this (times max(1, max |E|)) below zero count as zero in {@link #sqrt}. */
    public static final double SQRT_NEGATIVE_TOLERANCE = 1e-14;

    private static final int[] PADE_DEGREES = {3, 5, 7, 9, 13};
    /** Higham (2005), Table 2.3: the largest 1-norm for which Pade degree m meets unit roundoff 2^-53. */
    private static final double[] THETA = {
        1.495585217958292e-2, 2.539398330063230e-1, 9.504178996162932e-1, 2.097847961257068e0, 5.371920351148152e0};
    /** Numerator coefficients of the [m/m] Pade approximant of exp, normalised to b_0 = 1. */
    private static final double[][] PADE = new double[PADE_DEGREES.length][];

    static {
        for (int k = 0; k < PADE_DEGREES.length; k++) {
            int m = PADE_DEGREES[k];
            double[] b = new double[m + 1];
            b[0] = 1.0;
            for (int j = 0; j < m; j++) {
                // b_j = (2m - j)! m! / ((2m)! j! (m - j)!)
                b[j + 1] = b[j] * (m - j) / ((double) (2 * m - j) * (j + 1));
            }
            PADE[k] = b;
        }
    }

    private final HermitianEigen eigen;
    private double[] valuesRe = new double[0];
    private double[] valuesIm = new double[0];
    private double[] columnSums = new double[0];
    private final ZMatrixRMaj scaled = new ZMatrixRMaj(1, 1);

    // Pade work matrices
    private final ZMatrixRMaj x = new ZMatrixRMaj(1, 1);
    private final ZMatrixRMaj a2 = new ZMatrixRMaj(1, 1);
    private final ZMatrixRMaj a4 = new ZMatrixRMaj(1, 1);
    private final ZMatrixRMaj a6 = new ZMatrixRMaj(1, 1);
    private final ZMatrixRMaj a8 = new ZMatrixRMaj(1, 1);
    private final ZMatrixRMaj t = new ZMatrixRMaj(1, 1);
    private final ZMatrixRMaj u = new ZMatrixRMaj(1, 1);
    private final ZMatrixRMaj v = new ZMatrixRMaj(1, 1);
    private LinearSolverDense<ZMatrixRMaj> lu;
    private int luDimension = -1;

    /** An instance with its own {@link HermitianEigen}. */
    public MatrixFunctions() {
        this(new HermitianEigen());
    }

    /** An instance using (and overwriting) the given decomposition's work space. */
    public MatrixFunctions(HermitianEigen eigen) {
        this.eigen = eigen;
    }

    /** The decomposition this instance uses; it holds the spectrum of the last Hermitian input. */
    HermitianEigen eigen() {
        return eigen;
    }

    // ------------------------------------------------------------------ Hermitian functions

    /** f(H) for a real function f: Hermitian. */
    public ZMatrixRMaj apply(ZMatrixRMaj h, DoubleUnaryOperator f, ZMatrixRMaj out) {
        double[] e = decompose(h);
        for (int a = 0; a < e.length; a++) {
            valuesRe[a] = f.applyAsDouble(e[a]);
        }
        return compose(eigen.eigenvectors(), valuesRe, null, out);
    }

    /** exp(s H) for real s. */
    public ZMatrixRMaj expHermitian(ZMatrixRMaj h, double s, ZMatrixRMaj out) {
        double[] e = decompose(h);
        for (int a = 0; a < e.length; a++) {
            valuesRe[a] = Math.exp(s * e[a]);
        }
        return compose(eigen.eigenvectors(), valuesRe, null, out);
    }

    /** The unitary exp(-i t H) (hbar = 1). */
    public ZMatrixRMaj propagator(ZMatrixRMaj h, double time, ZMatrixRMaj out) {
        double[] e = decompose(h);
        for (int a = 0; a < e.length; a++) {
            double phase = time * e[a];
            valuesRe[a] = Math.cos(phase);
            valuesIm[a] = -Math.sin(phase);
        }
        return compose(eigen.eigenvectors(), valuesRe, valuesIm, out);
    }

    /**
     * The principal logarithm ln H of a positive definite H.
     *
     * @throws IllegalArgumentException if an eigenvalue is not positive
     */
    public ZMatrixRMaj log(ZMatrixRMaj h, ZMatrixRMaj out) {
        double[] e = decompose(h);
        if (!(e[0] > 0.0)) {
            throw new IllegalArgumentException("log needs a positive definite matrix; smallest eigenvalue " + e[0]);
        }
        for (int a = 0; a < e.length; a++) {
            valuesRe[a] = Math.log(e[a]);
        }
        return compose(eigen.eigenvectors(), valuesRe, null, out);
    }

    /**
     * The positive semidefinite square root of a positive semidefinite H. Eigenvalues in
     * [-{@value #SQRT_NEGATIVE_TOLERANCE} max(1, max |E|), 0) are rounding noise and taken as 0.
     *
     * @throws IllegalArgumentException if an eigenvalue is more negative than that
     */
    public ZMatrixRMaj sqrt(ZMatrixRMaj h, ZMatrixRMaj out) {
        double[] e = decompose(h);
        int n = e.length;
        double scale = Math.max(1.0, Math.max(Math.abs(e[0]), Math.abs(e[n - 1])));
        if (e[0] < -SQRT_NEGATIVE_TOLERANCE * scale) {
            throw new IllegalArgumentException("sqrt needs a positive semidefinite matrix; smallest eigenvalue " + e[0]);
        }
        for (int a = 0; a < n; a++) {
            valuesRe[a] = e[a] > 0.0 ? Math.sqrt(e[a]) : 0.0;
        }
        return compose(eigen.eigenvectors(), valuesRe, null, out);
    }

    /**
     * V diag(f) V^dagger for a unitary V and values f_a = re[a] + i im[a] ({@code im} may be null: the result is then
     * made exactly Hermitian). {@code out} must not be {@code vectors}.
     */
    public ZMatrixRMaj compose(ZMatrixRMaj vectors, double[] re, double[] im, ZMatrixRMaj out) {
        int n = vectors.numRows;
        if (out == vectors) {
            throw new IllegalArgumentException("out must not be the eigenvector matrix");
        }
        scaled.reshape(n, n);
        double[] vd = vectors.data;
        double[] sd = scaled.data;
        for (int i = 0; i < n; i++) {
            int row = 2 * i * n;
            for (int a = 0; a < n; a++) {
                int at = row + 2 * a;
                double fr = re[a];
                if (im == null) {
                    sd[at] = vd[at] * fr;
                    sd[at + 1] = vd[at + 1] * fr;
                } else {
                    double fi = im[a];
                    sd[at] = vd[at] * fr - vd[at + 1] * fi;
                    sd[at + 1] = vd[at] * fi + vd[at + 1] * fr;
                }
            }
        }
        out = prepare(out, n);
        CommonOps_ZDRM.multTransB(scaled, vectors, out);
        if (im == null) {
            makeHermitian(out);
        }
        return out;
    }

    /** Replaces m by (m + m^dagger)/2. */
    static void makeHermitian(ZMatrixRMaj m) {
        int n = m.numRows;
        double[] d = m.data;
        for (int i = 0; i < n; i++) {
            d[2 * (i * n + i) + 1] = 0.0;
            for (int j = i + 1; j < n; j++) {
                int ij = 2 * (i * n + j);
                int ji = 2 * (j * n + i);
                double re = 0.5 * (d[ij] + d[ji]);
                double im = 0.5 * (d[ij + 1] - d[ji + 1]);
                d[ij] = re;
                d[ij + 1] = im;
                d[ji] = re;
                d[ji + 1] = -im;
            }
        }
    }

    private double[] decompose(ZMatrixRMaj h) {
        eigen.decompose(h, true);
        int n = eigen.dimension();
        if (valuesRe.length != n) {
            valuesRe = new double[n];
            valuesIm = new double[n];
        }
        return eigen.eigenvalues();
    }

    // ------------------------------------------------------------------ general exponential

    /** exp(A) of a general complex square matrix by Pade scaling and squaring (Higham 2005). */
    public ZMatrixRMaj exp(ZMatrixRMaj a, ZMatrixRMaj out) {
        int n = a.numRows;
        if (n != a.numCols || n < 1) {
            throw new IllegalArgumentException("need a non-empty square matrix, got " + a.numRows + " x " + a.numCols);
        }
        reshapeWork(n);

        // trace shift mu = tr(A)/n, used only if it lowers the 1-norm and cannot overflow (Re mu >= 0)
        double[] ad = a.data;
        double traceRe = 0;
        double traceIm = 0;
        for (int i = 0; i < n; i++) {
            traceRe += ad[2 * (i * n + i)];
            traceIm += ad[2 * (i * n + i) + 1];
        }
        double muRe = traceRe / n;
        double muIm = traceIm / n;
        double norm = norm1(a, 0.0, 0.0);
        double shiftedNorm = norm1(a, muRe, muIm);
        if (!Double.isFinite(norm) || !Double.isFinite(muRe) || !Double.isFinite(muIm)) {
            throw new IllegalArgumentException("matrix has non-finite entries");
        }
        boolean shift = shiftedNorm < norm && muRe >= 0.0;
        System.arraycopy(ad, 0, x.data, 0, 2 * n * n);
        if (shift) {
            norm = shiftedNorm;
            for (int i = 0; i < n; i++) {
                x.data[2 * (i * n + i)] -= muRe;
                x.data[2 * (i * n + i) + 1] -= muIm;
            }
        }

        int degree = 0;
        while (degree < THETA.length - 1 && norm > THETA[degree]) {
            degree++;
        }
        int squarings = 0;
        if (norm > THETA[THETA.length - 1]) {
            squarings = Math.max(0, (int) Math.ceil(Math.log(norm / THETA[THETA.length - 1]) / Math.log(2.0)));
            CommonOps_ZDRM.scale(Math.scalb(1.0, -squarings), 0.0, x);
        }

        if (PADE_DEGREES[degree] == 13) {
            pade13(PADE[degree]);
        } else {
            padeLow(PADE[degree], PADE_DEGREES[degree]);
        }

        // r = (V - U)^{-1} (V + U): numerator into v, denominator into u
        double[] ud = u.data;
        double[] vd = v.data;
        for (int k = 0; k < 2 * n * n; k++) {
            double uk = ud[k];
            double vk = vd[k];
            vd[k] = vk + uk;
            ud[k] = vk - uk;
        }
        if (lu == null || luDimension != n) {
            lu = LinearSolverFactory_ZDRM.lu(n);
            luDimension = n;
        }
        lu.setA(u);
        ZMatrixRMaj result = a2;
        ZMatrixRMaj spare = a4;
        lu.solve(v, result);
        for (int k = 0; k < squarings; k++) {
            CommonOps_ZDRM.mult(result, result, spare);
            ZMatrixRMaj swap = result;
            result = spare;
            spare = swap;
        }

        out = prepare(out, n);
        double[] rd = result.data;
        double[] od = out.data;
        if (shift) {
            double mod = Math.exp(muRe);
            double fr = mod * Math.cos(muIm);
            double fi = mod * Math.sin(muIm);
            for (int k = 0; k < 2 * n * n; k += 2) {
                double re = rd[k];
                double im = rd[k + 1];
                od[k] = re * fr - im * fi;
                od[k + 1] = re * fi + im * fr;
            }
        } else {
            System.arraycopy(rd, 0, od, 0, 2 * n * n);
        }
        return out;
    }

    /** U = X sum_k b_{2k+1} X^{2k}, V = sum_k b_{2k} X^{2k} for m = 3, 5, 7, 9. */
    private void padeLow(double[] b, int m) {
        CommonOps_ZDRM.mult(x, x, a2);
        if (m >= 5) {
            CommonOps_ZDRM.mult(a2, a2, a4);
        }
        if (m >= 7) {
            CommonOps_ZDRM.mult(a4, a2, a6);
        }
        if (m >= 9) {
            CommonOps_ZDRM.mult(a4, a4, a8);
        }
        ZMatrixRMaj p4 = m >= 5 ? a4 : null;
        ZMatrixRMaj p6 = m >= 7 ? a6 : null;
        ZMatrixRMaj p8 = m >= 9 ? a8 : null;
        combine(t, false, b[1], b[3], a2, m >= 5 ? b[5] : 0, p4, m >= 7 ? b[7] : 0, p6, m >= 9 ? b[9] : 0, p8);
        CommonOps_ZDRM.mult(x, t, u);
        combine(v, false, b[0], b[2], a2, m >= 5 ? b[4] : 0, p4, m >= 7 ? b[6] : 0, p6, m >= 9 ? b[8] : 0, p8);
    }

    /** Degree 13 with six products: Higham (2005), eq. (2.5). */
    private void pade13(double[] b) {
        CommonOps_ZDRM.mult(x, x, a2);
        CommonOps_ZDRM.mult(a2, a2, a4);
        CommonOps_ZDRM.mult(a4, a2, a6);
        combine(t, false, 0.0, b[9], a2, b[11], a4, b[13], a6, 0.0, null);
        CommonOps_ZDRM.mult(a6, t, a8);
        combine(a8, true, b[1], b[3], a2, b[5], a4, b[7], a6, 0.0, null);
        CommonOps_ZDRM.mult(x, a8, u);
        combine(t, false, 0.0, b[8], a2, b[10], a4, b[12], a6, 0.0, null);
        CommonOps_ZDRM.mult(a6, t, v);
        combine(v, true, b[0], b[2], a2, b[4], a4, b[6], a6, 0.0, null);
    }

    /** out (+)= cI 1 + c2 m2 + c4 m4 + c6 m6 + c8 m8, null matrices skipped. */
    private static void combine(ZMatrixRMaj out, boolean accumulate, double cI,
                                double c2, ZMatrixRMaj m2, double c4, ZMatrixRMaj m4,
                                double c6, ZMatrixRMaj m6, double c8, ZMatrixRMaj m8) {
        int n = out.numRows;
        int len = 2 * n * n;
        double[] o = out.data;
        if (!accumulate) {
            Arrays.fill(o, 0, len, 0.0);
        }
        axpy(o, c2, m2, len);
        axpy(o, c4, m4, len);
        axpy(o, c6, m6, len);
        axpy(o, c8, m8, len);
        for (int i = 0; i < n; i++) {
            o[2 * (i * n + i)] += cI;
        }
    }

    private static void axpy(double[] o, double c, ZMatrixRMaj m, int len) {
        if (m == null) {
            return;
        }
        double[] d = m.data;
        for (int k = 0; k < len; k++) {
            o[k] += c * d[k];
        }
    }

    /** max_j sum_i |a_ij - mu delta_ij|. */
    private double norm1(ZMatrixRMaj a, double muRe, double muIm) {
        int n = a.numRows;
        double[] d = a.data;
        double[] sums = columnSums;
        Arrays.fill(sums, 0, n, 0.0);
        for (int i = 0; i < n; i++) {
            int row = 2 * i * n;
            for (int j = 0; j < n; j++) {
                double re = d[row + 2 * j];
                double im = d[row + 2 * j + 1];
                if (i == j) {
                    re -= muRe;
                    im -= muIm;
                }
                sums[j] += Math.sqrt(re * re + im * im);
            }
        }
        double max = 0;
        for (int j = 0; j < n; j++) {
            // NaN propagates so that the caller can reject it
            max = sums[j] > max || Double.isNaN(sums[j]) ? sums[j] : max;
        }
        return max;
    }

    private void reshapeWork(int n) {
        x.reshape(n, n);
        a2.reshape(n, n);
        a4.reshape(n, n);
        a6.reshape(n, n);
        a8.reshape(n, n);
        t.reshape(n, n);
        u.reshape(n, n);
        v.reshape(n, n);
        if (columnSums.length < n) {
            columnSums = new double[n];
        }
    }

    static ZMatrixRMaj prepare(ZMatrixRMaj out, int n) {
        if (out == null) {
            return new ZMatrixRMaj(n, n);
        }
        out.reshape(n, n);
        return out;
    }
}
