package org.szilard.kernel.linalg;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Reduction of a Hermitian matrix to tridiagonal form, T = Q^dagger A Q with Q = H_0 H_1 ... H_{n-3} and each
 * H_k = I - tau_k v_k v_k^dagger a Householder reflection that zeroes column k below the subdiagonal (the algorithm
 * of LAPACK's zhetd2, lower variant). The off-diagonal entries it makes are real, except the last one, which no
 * reflection touches.
 *
 * <p>Written for this kernel because the reduction is most of the work of every positivity check and entropy of a
 * large state: the matrix is kept whole (both triangles, row-major, real and imaginary parts interleaved), so that
 * each step's matrix-vector product and rank-2 update go row by row, and from {@link #PARALLEL_FROM} rows on the
 * rows are spread over the cores. Every row is computed by one thread in a fixed order, so the results do not depend
 * on the number of threads. The update keeps the matrix exactly Hermitian (entry (j, i) is the conjugate of (i, j)
 * to the last bit, since both come from the same products).
 *
 * <p>An instance keeps its work arrays between calls and is meant for one thread at a time.
 */
final class HouseholderTridiagonal {

    /** From this size of the trailing block on, a step's rows are spread over the cores. */
    static final int PARALLEL_FROM = 192;
    /** The columns of one block when the reflections are applied to a matrix. */
    private static final int BLOCK = 64;

    private int n;
    /** The matrix being reduced; afterwards row k holds v_k in columns k+1 ... n-1 (v_k[0] = 1). */
    private double[] a = new double[0];
    /** tau_k, interleaved. */
    private double[] taus = new double[0];
    /** The product x = tau A v of a step, then w = x + alpha v. */
    private double[] w = new double[0];
    /** A copy of the current v (the row that holds it is read while other rows change). */
    private double[] v = new double[0];
    /** Per column block, v^dagger m over the block, when the reflections are applied. */
    private double[][] scratch = new double[0][];

    /**
     * Reduces the Hermitian matrix h (n x n, interleaved, row-major, both triangles; not modified).
     *
     * @param diagonal receives the n real diagonal entries of T
     * @param offDiagonal receives T_{k,k+1} for k = 0 ... n-2, interleaved (2 (n - 1) entries; all real but the last)
     */
    void reduce(double[] h, int n, double[] diagonal, double[] offDiagonal) {
        this.n = n;
        if (a.length < 2 * n * n) {
            a = new double[2 * n * n];
        }
        if (w.length < 2 * n) {
            taus = new double[2 * n];
            w = new double[2 * n];
            v = new double[2 * n];
        }
        System.arraycopy(h, 0, a, 0, 2 * n * n);
        for (int k = 0; k + 2 < n; k++) {
            step(k, offDiagonal);
            diagonal[k] = a[2 * (k * n + k)];
        }
        for (int k = Math.max(0, n - 2); k < n; k++) {
            diagonal[k] = a[2 * (k * n + k)];
        }
        if (n >= 2) {
            int last = 2 * ((n - 2) * n + n - 1);
            offDiagonal[2 * (n - 2)] = a[last];
            offDiagonal[2 * (n - 2) + 1] = a[last + 1];
        }
    }

    /** Reflection k: zeroes column k below row k + 1 and transforms the trailing block, rows and columns k+1 .. n-1. */
    private void step(int k, double[] offDiagonal) {
        int first = k + 1;
        int m = n - first;
        // x = A[k+1.., k] = conj(A[k, k+1..]), read from row k, which then stores v
        int row = 2 * (k * n + first);
        double alphaRe = a[row];
        double alphaIm = -a[row + 1];
        double squares = 0.0;
        for (int i = 2; i < 2 * m; i++) {
            squares += a[row + i] * a[row + i];
        }
        double tail = Math.sqrt(squares);
        if (tail == 0.0 && alphaIm == 0.0) {
            // already reduced: H_k = I
            taus[2 * k] = 0.0;
            taus[2 * k + 1] = 0.0;
            offDiagonal[2 * k] = alphaRe;
            offDiagonal[2 * k + 1] = 0.0;
            return;
        }
        double beta = -Math.copySign(Math.hypot(Math.hypot(alphaRe, alphaIm), tail), alphaRe);
        double tauRe = (beta - alphaRe) / beta;
        double tauIm = -alphaIm / beta;
        taus[2 * k] = tauRe;
        taus[2 * k + 1] = tauIm;
        offDiagonal[2 * k] = beta;
        offDiagonal[2 * k + 1] = 0.0;
        // v = (1, x_1 / (alpha - beta), ...), kept in row k and in the copy
        double dRe = alphaRe - beta;
        double dIm = alphaIm;
        double den = dRe * dRe + dIm * dIm;
        double sRe = dRe / den;
        double sIm = -dIm / den;
        v[0] = 1.0;
        v[1] = 0.0;
        for (int i = 1; i < m; i++) {
            double xRe = a[row + 2 * i];
            double xIm = -a[row + 2 * i + 1];
            v[2 * i] = xRe * sRe - xIm * sIm;
            v[2 * i + 1] = xRe * sIm + xIm * sRe;
        }
        System.arraycopy(v, 0, a, row, 2 * m);

        // x = tau B v, B the trailing block
        rows(m, i -> {
            int r = 2 * ((first + i) * n + first);
            double re = 0.0;
            double im = 0.0;
            for (int j = 0; j < 2 * m; j += 2) {
                double bRe = a[r + j];
                double bIm = a[r + j + 1];
                re += bRe * v[j] - bIm * v[j + 1];
                im += bRe * v[j + 1] + bIm * v[j];
            }
            w[2 * i] = tauRe * re - tauIm * im;
            w[2 * i + 1] = tauRe * im + tauIm * re;
        });
        // w = x + alpha v, alpha = -tau (x^dagger v) / 2
        double dotRe = 0.0;
        double dotIm = 0.0;
        for (int j = 0; j < 2 * m; j += 2) {
            dotRe += w[j] * v[j] + w[j + 1] * v[j + 1];
            dotIm += w[j] * v[j + 1] - w[j + 1] * v[j];
        }
        double scaleRe = -0.5 * (tauRe * dotRe - tauIm * dotIm);
        double scaleIm = -0.5 * (tauRe * dotIm + tauIm * dotRe);
        for (int j = 0; j < 2 * m; j += 2) {
            w[j] += scaleRe * v[j] - scaleIm * v[j + 1];
            w[j + 1] += scaleRe * v[j + 1] + scaleIm * v[j];
        }
        // B -= v w^dagger + w v^dagger
        rows(m, i -> {
            int r = 2 * ((first + i) * n + first);
            double viRe = v[2 * i];
            double viIm = v[2 * i + 1];
            double wiRe = w[2 * i];
            double wiIm = w[2 * i + 1];
            for (int j = 0; j < 2 * m; j += 2) {
                // v_i conj(w_j) + w_i conj(v_j)
                double pRe = viRe * w[j] + viIm * w[j + 1];
                double pIm = viIm * w[j] - viRe * w[j + 1];
                double qRe = wiRe * v[j] + wiIm * v[j + 1];
                double qIm = wiIm * v[j] - wiRe * v[j + 1];
                a[r + j] -= pRe + qRe;
                a[r + j + 1] -= pIm + qIm;
            }
        });
    }

    /**
     * m := Q m for the Q of the last reduction, m an n x n complex matrix (interleaved, row-major): the reflections
     * applied from the last to the first, each to the rows it acts on, column blocks spread over the cores.
     */
    void applyQ(double[] m) {
        int columns = 2 * n;
        int blocks = (n + BLOCK - 1) / BLOCK;
        if (scratch.length < blocks) {
            scratch = new double[blocks][2 * BLOCK];
        }
        for (int k = n - 3; k >= 0; k--) {
            double tauRe = taus[2 * k];
            double tauIm = taus[2 * k + 1];
            if (tauRe == 0.0 && tauIm == 0.0) {
                continue;
            }
            int first = k + 1;
            int length = n - first;
            int vRow = 2 * (k * n + first);
            // H m = m - tau v (v^dagger m), on rows first .. n-1
            IntStream range = IntStream.range(0, blocks);
            (length >= PARALLEL_FROM ? range.parallel() : range).forEach(block -> {
                int c0 = 2 * BLOCK * block;
                int c1 = Math.min(columns, c0 + 2 * BLOCK);
                double[] y = scratch[block];
                Arrays.fill(y, 0.0);
                for (int i = 0; i < length; i++) {
                    double vRe = a[vRow + 2 * i];
                    double vIm = -a[vRow + 2 * i + 1];
                    int r = 2 * (first + i) * n;
                    for (int c = c0; c < c1; c += 2) {
                        double mRe = m[r + c];
                        double mIm = m[r + c + 1];
                        y[c - c0] += vRe * mRe - vIm * mIm;
                        y[c - c0 + 1] += vRe * mIm + vIm * mRe;
                    }
                }
                for (int c = 0; c < c1 - c0; c += 2) {
                    double re = y[c];
                    double im = y[c + 1];
                    y[c] = tauRe * re - tauIm * im;
                    y[c + 1] = tauRe * im + tauIm * re;
                }
                for (int i = 0; i < length; i++) {
                    double vRe = a[vRow + 2 * i];
                    double vIm = a[vRow + 2 * i + 1];
                    int r = 2 * (first + i) * n;
                    for (int c = c0; c < c1; c += 2) {
                        m[r + c] -= vRe * y[c - c0] - vIm * y[c - c0 + 1];
                        m[r + c + 1] -= vRe * y[c - c0 + 1] + vIm * y[c - c0];
                    }
                }
            });
        }
    }

    /** Runs the body for rows 0 ... m-1 of a trailing block, spread over the cores when the block is large. */
    private static void rows(int m, IntConsumer body) {
        IntStream range = IntStream.range(0, m);
        (m >= PARALLEL_FROM ? range.parallel() : range).forEach(body);
    }
}
