package org.szilard.kernel.dynamics;

import java.util.Arrays;
import org.szilard.api.operator.Operator;

/**
 * A {@link MatrixAction} on a dense matrix: products are d^3 loops over contiguous rows. Suited to small systems and
 * to operators that are dense in the computational basis (global baths, which live in the eigenbasis of H).
 */
final class DenseAction extends MatrixAction {

    /** The matrix, 2 d^2 doubles, row-major, interleaved. */
    private final double[] a;

    private DenseAction(int n, double[] a) {
        super(n);
        this.a = a;
    }

    static DenseAction of(Operator operator) {
        return new DenseAction(operator.dimension(), operator.toInterleaved());
    }

    @Override
    int workLength() {
        return 2 * n * n;
    }

    @Override
    MatrixAction copy() {
        return new DenseAction(n, a.clone());
    }

    @Override
    void setCombination(MatrixAction first, double s, MatrixAction second) {
        requireSameShape(first);
        requireSameShape(second);
        double[] x = ((DenseAction) first).a, y = ((DenseAction) second).a;
        for (int k = 0; k < a.length; k++) {
            a[k] = x[k] + s * y[k];
        }
    }

    /**
     * P = A rho in work (its rows from..to - 1); then target_ij = -i (P_ij - Q_ij) with Q = rho A^dag: for all rows
     * Q_ij = conj(P_ji) (rho is Hermitian), read from P; for part of the rows, Q_ij = sum_k rho_ik conj(A_jk).
     */
    @Override
    void commutatorUpper(double[] rho, double[] target, double[] work, int from, int to) {
        boolean all = from == 0 && to == n;
        multiply(rho, work, all ? 0 : from, all ? n : to);
        for (int i = from; i < to; i++) {
            for (int j = i; j < n; j++) {
                int ij = 2 * (i * n + j), ji = 2 * (j * n + i);
                double qr, qi;
                if (all) {
                    qr = work[ji];
                    qi = -work[ji + 1];
                } else {
                    qr = 0.0;
                    qi = 0.0;
                    int rowR = 2 * i * n, rowA = 2 * j * n;
                    for (int k = 0; k < 2 * n; k += 2) {
                        double xr = rho[rowR + k], xi = rho[rowR + k + 1];
                        double br = a[rowA + k], bi = -a[rowA + k + 1];
                        qr += xr * br - xi * bi;
                        qi += xr * bi + xi * br;
                    }
                }
                double ar = work[ij] - qr;
                double ai = work[ij + 1] - qi;
                target[ij] = ai;
                target[ij + 1] = -ar;
            }
        }
    }

    /** X = A rho in work (rows from..to - 1); then target_ij += s sum_k X_ik conj(A_jk) for j >= i. */
    @Override
    void addSandwichUpper(double s, double[] rho, double[] target, double[] work, int from, int to) {
        multiply(rho, work, from, to);
        for (int i = from; i < to; i++) {
            int rowX = 2 * i * n;
            for (int j = i; j < n; j++) {
                int rowA = 2 * j * n;
                double re = 0, im = 0;
                for (int k = 0; k < 2 * n; k += 2) {
                    double xr = work[rowX + k], xi = work[rowX + k + 1];
                    double br = a[rowA + k], bi = -a[rowA + k + 1];
                    re += xr * br - xi * bi;
                    im += xr * bi + xi * br;
                }
                target[rowX + 2 * j] += s * re;
                target[rowX + 2 * j + 1] += s * im;
            }
        }
    }

    @Override
    double traceWith(double[] rho) {
        double t = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                int ik = 2 * (i * n + k), ki = 2 * (k * n + i);
                t += rho[ik] * a[ki] - rho[ik + 1] * a[ki + 1];
            }
        }
        return t;
    }

    /** Rows from..to - 1 of c = A rho, skipping zero entries of A; the inner loop runs over a row of rho. */
    private void multiply(double[] rho, double[] c, int from, int to) {
        Arrays.fill(c, 2 * from * n, 2 * to * n, 0.0);
        for (int i = from; i < to; i++) {
            int row = 2 * i * n;
            for (int k = 0; k < n; k++) {
                double ar = a[row + 2 * k], ai = a[row + 2 * k + 1];
                if (ar == 0.0 && ai == 0.0) {
                    continue;
                }
                int rowB = 2 * k * n;
                for (int j = 0; j < 2 * n; j += 2) {
                    double br = rho[rowB + j], bi = rho[rowB + j + 1];
                    c[row + j] += ar * br - ai * bi;
                    c[row + j + 1] += ar * bi + ai * br;
                }
            }
        }
    }
}
