package org.szilard.kernel.dynamics;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.szilard.api.operator.Operator;

/**
 * A {@link MatrixAction} on a matrix in compressed sparse rows: each product with the dense rho costs O(nnz d)
 * instead of O(d^3), and the kernels read rows of rho (contiguous) or gather from one row of rho (in cache).
 * Suited to Hamiltonians and local jump operators of composite systems.
 */
final class CsrAction extends MatrixAction {

    /** Entries of row i at positions start[i] .. start[i + 1] - 1. */
    private final int[] start;
    /** Their columns, increasing within a row. */
    private final int[] columns;
    /** Their values, interleaved; may hold zeros (a common pattern). */
    private final double[] values;
    /**
     * The rows that have entries, increasing: a jump operator of a global bath in the energy basis often has one
     * entry in all, and the sandwich visits only these rows instead of all d.
     */
    private final int[] occupied;

    private CsrAction(int n, int[] start, int[] columns, double[] values) {
        super(n);
        this.start = start;
        this.columns = columns;
        this.values = values;
        this.occupied = IntStream.range(0, n).filter(i -> start[i + 1] > start[i]).toArray();
    }

    static CsrAction of(Operator operator) {
        int n = operator.dimension();
        int nnz = operator.nonZeros();
        int[] start = new int[n + 1];
        int[] columns = new int[nnz];
        double[] values = new double[2 * nnz];
        int[] next = {0};
        operator.forEachNonZero((i, j, re, im) -> {
            int p = next[0]++;
            start[i + 1] = p + 1;
            columns[p] = j;
            values[2 * p] = re;
            values[2 * p + 1] = im;
        });
        for (int i = 0; i < n; i++) {
            start[i + 1] = Math.max(start[i + 1], start[i]);
        }
        return new CsrAction(n, start, columns, values);
    }

    /** Both operators on the union of their patterns (zeros stored where one of them has no entry). */
    static MatrixAction[] onCommonPattern(Operator a, Operator b) {
        CsrAction x = of(a), y = of(b);
        int n = x.n;
        int[] start = new int[n + 1];
        int[] columns = new int[x.columns.length + y.columns.length];
        int q = 0;
        for (int i = 0; i < n; i++) {
            int p = x.start[i], r = y.start[i];
            while (p < x.start[i + 1] || r < y.start[i + 1]) {
                int cp = p < x.start[i + 1] ? x.columns[p] : Integer.MAX_VALUE;
                int cr = r < y.start[i + 1] ? y.columns[r] : Integer.MAX_VALUE;
                columns[q++] = Math.min(cp, cr);
                p += cp <= cr ? 1 : 0;
                r += cr <= cp ? 1 : 0;
            }
            start[i + 1] = q;
        }
        columns = Arrays.copyOf(columns, q);
        return new MatrixAction[] {x.spreadOver(start, columns), y.spreadOver(start, columns)};
    }

    /** This matrix on a pattern containing its own (same rows, more columns). */
    private CsrAction spreadOver(int[] patternStart, int[] patternColumns) {
        double[] spread = new double[2 * patternColumns.length];
        for (int i = 0; i < n; i++) {
            int q = patternStart[i];
            for (int p = start[i]; p < start[i + 1]; p++) {
                while (patternColumns[q] != columns[p]) {
                    q++;
                }
                spread[2 * q] = values[2 * p];
                spread[2 * q + 1] = values[2 * p + 1];
            }
        }
        return new CsrAction(n, patternStart, patternColumns, spread);
    }

    @Override
    int workLength() {
        return 2 * n;
    }

    @Override
    MatrixAction copy() {
        return new CsrAction(n, start, columns, values.clone());
    }

    @Override
    void setCombination(MatrixAction first, double s, MatrixAction second) {
        requireSameShape(first);
        requireSameShape(second);
        CsrAction x = (CsrAction) first, y = (CsrAction) second;
        if (x.columns != columns || y.columns != columns) {
            throw new IllegalArgumentException("matrix actions on different patterns");
        }
        for (int k = 0; k < values.length; k++) {
            values[k] = x.values[k] + s * y.values[k];
        }
    }

    /**
     * Row i, j >= i: (A rho)_ij = sum_k A_ik rho_kj (rows k of rho, contiguous) and (rho A^dag)_ij =
     * sum_k rho_ik conj(A_jk) (a gather from row i of rho along row j of A).
     */
    @Override
    void commutatorUpper(double[] rho, double[] target, double[] work, int from, int to) {
        for (int i = from; i < to; i++) {
            int row = 2 * i * n;
            Arrays.fill(target, row + 2 * i, row + 2 * n, 0.0);
            for (int p = start[i]; p < start[i + 1]; p++) {
                double ar = values[2 * p], ai = values[2 * p + 1];
                int rowK = 2 * columns[p] * n;
                for (int c = 2 * i; c < 2 * n; c += 2) {
                    double br = rho[rowK + c], bi = rho[rowK + c + 1];
                    target[row + c] += ar * br - ai * bi;
                    target[row + c + 1] += ar * bi + ai * br;
                }
            }
            for (int j = i; j < n; j++) {
                double qr = 0, qi = 0;
                for (int p = start[j]; p < start[j + 1]; p++) {
                    double br = values[2 * p], bi = -values[2 * p + 1];
                    int k = row + 2 * columns[p];
                    double xr = rho[k], xi = rho[k + 1];
                    qr += xr * br - xi * bi;
                    qi += xr * bi + xi * br;
                }
                int c = row + 2 * j;
                double dr = target[c] - qr, di = target[c + 1] - qi;
                target[c] = di;
                target[c + 1] = -dr;
            }
        }
    }

    /**
     * For each row i of A with entries: X_i = row i of A rho (rows of rho, contiguous), then
     * target_ij += s sum_m X_im conj(A_jm) for j >= i (a gather from X_i along row j of A). When row i holds a single
     * entry a (the case of a raising or lowering operator of one site), X_i = a rho_k is not formed: the gather reads
     * row k of rho directly. Empty rows of A are skipped on both sides.
     */
    @Override
    void addSandwichUpper(double s, double[] rho, double[] target, double[] work, int from, int to) {
        int first = Arrays.binarySearch(occupied, from);
        for (int r = first >= 0 ? first : -first - 1; r < occupied.length && occupied[r] < to; r++) {
            int i = occupied[r];
            int entries = start[i + 1] - start[i];
            double[] x;
            int offset;
            double scaleRe = s, scaleIm = 0.0;
            if (entries == 1) {
                int p = start[i];
                x = rho;
                offset = 2 * columns[p] * n;
                scaleRe = s * values[2 * p];
                scaleIm = s * values[2 * p + 1];
            } else {
                x = work;
                offset = 0;
                Arrays.fill(work, 0, 2 * n, 0.0);
                for (int p = start[i]; p < start[i + 1]; p++) {
                    double ar = values[2 * p], ai = values[2 * p + 1];
                    int rowK = 2 * columns[p] * n;
                    for (int c = 0; c < 2 * n; c += 2) {
                        double br = rho[rowK + c], bi = rho[rowK + c + 1];
                        work[c] += ar * br - ai * bi;
                        work[c + 1] += ar * bi + ai * br;
                    }
                }
            }
            int row = 2 * i * n;
            for (int q = r; q < occupied.length; q++) {
                int j = occupied[q];
                double re = 0, im = 0;
                for (int p = start[j]; p < start[j + 1]; p++) {
                    double br = values[2 * p], bi = -values[2 * p + 1];
                    int m = offset + 2 * columns[p];
                    double xr = x[m], xi = x[m + 1];
                    re += xr * br - xi * bi;
                    im += xr * bi + xi * br;
                }
                target[row + 2 * j] += scaleRe * re - scaleIm * im;
                target[row + 2 * j + 1] += scaleRe * im + scaleIm * re;
            }
        }
    }

    /** Sum over the entries A_ki of Re(rho_ik A_ki). */
    @Override
    double traceWith(double[] rho) {
        double t = 0;
        for (int k = 0; k < n; k++) {
            for (int p = start[k]; p < start[k + 1]; p++) {
                int ik = 2 * (columns[p] * n + k);
                t += rho[ik] * values[2 * p] - rho[ik + 1] * values[2 * p + 1];
            }
        }
        return t;
    }
}
