package org.szilard.kernel.steady;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.ejml.data.ZMatrixRMaj;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;

/**
 * An approximate inverse of the bordered Liouvillian A(X) = L(X) + beta Tr(X) 1 (see {@link IterativeSteadyState}),
 * worked out in the Schur basis of the effective Hamiltonian, H_eff = Q T Q^dagger ({@link ComplexSchur}; Q is
 * unitary, so nothing depends on how far H_eff is from normal). With X = Q Y Q^dagger it keeps
 * <ul>
 * <li>exactly, the coherent-plus-decay part S(X) = -i (H_eff X - X H_eff^dag), shifted to S - sigma: a Sylvester
 *     equation, (T - i sigma) Y - Y T^dagger = i Q^dagger B Q, solved column by column from the last by back
 *     substitution with the triangular T (Bartels and Stewart);</li>
 * <li>exactly, the border and the part of the jumps that takes populations Y_aa to populations Y_bb, at the rates
 *     W_ba = sum_k r_k |(Q^dagger L_k Q)_ba|^2 of a classical master equation;</li>
 * </ul>
 * and drops the jump terms that involve coherences. The populations p = diag(Y) solve the d x d real system
 * (D + W + beta 1 1^T) p = diag(Q^dagger B Q), D = diag(2 Im T_aa - sigma), and then stand on the diagonal of the
 * Sylvester solution. For a normal H_eff this is the exact inverse of S - sigma plus the population jumps plus the
 * border; in weak coupling, where the steady state is nearly diagonal in the energy basis, it is close to A^-1.
 *
 * <p>The diagonal of the triangular systems is T_aa - conj(T_bb) - i sigma = (Re mu_a - Re mu_b) + i (Im mu_a +
 * Im mu_b - sigma) with the eigenvalues mu of H_eff, which have Im mu &lt;= 0 (decay); the shift sigma &gt; 0 keeps it
 * away from zero for levels that do not decay at all (dark states), and keeps the population system regular when the
 * classical rates alone have several stationary states.
 *
 * <p>When H_eff conserves a quantity diagonal in the basis, it splits into {@link Sectors} (an XXZ chain with local
 * baths: the magnetisation, 11 sectors of at most 252 states at d = 1024), and the Schur decomposition is taken sector
 * by sector: Q is then block diagonal and T block diagonal with triangular blocks, so the products with Q and the
 * triangular solve cost of order d sum_s d_s^2 instead of d^3 (5.7 times less at d = 1024, on top of the smaller
 * decompositions). Cost: setting up, the Schur decompositions and two products with Q per jump operator; per
 * application, four products with the block-diagonal Q (rows spread over the cores; each row is computed by one thread,
 * so the results do not depend on their number), one triangular solve and one d x d real LU solve. Work arrays are
 * allocated once, so an instance is for one caller at a time.
 */
final class SchurPreconditioner {

    private final int d;
    private final double shift;
    private final Sectors sectors;
    /** T, Q and Q^dagger in the basis reordered by sector, interleaved row by row. */
    private final double[] t;
    private final double[] q;
    private final double[] qAdjoint;
    private final DecompositionSolver populations;
    private final double[] matrix;
    private final double[] work;
    private final double[] result;
    private final double[] diagonal;

    /**
     * @param effectiveHamiltonian H_eff = H - (i/2) sum_k r_k L_k^dag L_k
     * @param jumps the jump operators L_k with their rates r_k
     * @param shift sigma &gt; 0
     * @param border beta
     * @throws ArithmeticException if a Schur decomposition does not converge
     */
    SchurPreconditioner(Operator effectiveHamiltonian, List<JumpOperator> jumps, double shift, double border) {
        this.d = effectiveHamiltonian.dimension();
        this.shift = shift;
        this.matrix = new double[2 * d * d];
        this.work = new double[2 * d * d];
        this.result = new double[2 * d * d];
        this.diagonal = new double[d];
        double[] heff = effectiveHamiltonian.toInterleaved();
        this.sectors = Sectors.of(d, heff);
        this.t = new double[2 * d * d];
        this.q = new double[2 * d * d];
        this.qAdjoint = new double[2 * d * d];
        sectors.reorder(heff, matrix);
        for (int first = 0; first < d; first = sectors.end(first)) {
            decompose(first, sectors.end(first));
        }
        this.populations = populationSolver(jumps, border);
    }

    /** The Schur decomposition of the sector [first, last) of the reordered H_eff (in {@code matrix}). */
    private void decompose(int first, int last) {
        int m = last - first;
        ZMatrixRMaj block = new ZMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            System.arraycopy(matrix, 2 * ((first + i) * d + first), block.data, 2 * i * m, 2 * m);
        }
        ComplexSchur schur = ComplexSchur.of(block);
        double[] tb = schur.t().data;
        double[] qb = schur.q().data;
        for (int i = 0; i < m; i++) {
            System.arraycopy(tb, 2 * i * m, t, 2 * ((first + i) * d + first), 2 * m);
            System.arraycopy(qb, 2 * i * m, q, 2 * ((first + i) * d + first), 2 * m);
            for (int j = 0; j < m; j++) {
                int to = 2 * ((first + j) * d + first + i);
                qAdjoint[to] = qb[2 * (i * m + j)];
                qAdjoint[to + 1] = -qb[2 * (i * m + j) + 1];
            }
        }
    }

    /** The LU solver of D + W + beta 1 1^T. */
    private DecompositionSolver populationSolver(List<JumpOperator> jumps, double border) {
        double[][] system = new double[d][d];
        for (JumpOperator jump : jumps) {
            sectors.reorder(jump.operator().toInterleaved(), matrix);
            toSchurBasis(matrix);
            double[] l = result;
            for (int b = 0; b < d; b++) {
                for (int a = 0; a < d; a++) {
                    int ba = 2 * (b * d + a);
                    system[b][a] += jump.rate() * (l[ba] * l[ba] + l[ba + 1] * l[ba + 1]);
                }
            }
        }
        for (int b = 0; b < d; b++) {
            system[b][b] += 2.0 * t[2 * (b * d + b) + 1] - shift;
            for (int a = 0; a < d; a++) {
                system[b][a] += border;
            }
        }
        return new LUDecomposition(new Array2DRowRealMatrix(system, false)).getSolver();
    }

    /** out = M^-1(b), both in {@link HermitianCoordinates}; out must not alias b. */
    void apply(double[] b, double[] out) {
        HermitianCoordinates.toMatrix(d, b, work);
        sectors.reorder(work, matrix);
        toSchurBasis(matrix);
        double[] g = result;
        for (int a = 0; a < d; a++) {
            diagonal[a] = g[2 * (a * d + a)];
        }
        double[] p = populations.solve(new ArrayRealVector(diagonal, false)).toArray();
        // column j of the right-hand side i C (C = Q^dag B Q, Hermitian) is row j of i conj(C): swap re and im
        for (int k = 0; k < g.length; k += 2) {
            double re = g[k];
            g[k] = g[k + 1];
            g[k + 1] = re;
        }
        solveTriangular(g, p);
        // row j of g now holds column j of Y, so Y = conj(g) (Y is Hermitian)
        for (int k = 1; k < g.length; k += 2) {
            g[k] = -g[k];
        }
        leftProduct(q, g, work);
        rightProduct(work, qAdjoint, matrix);
        sectors.restore(matrix, work);
        HermitianCoordinates.fromMatrix(d, work, out);
    }

    /** result = Q^dagger a Q, in the reordered basis; overwrites {@code work}. */
    private void toSchurBasis(double[] a) {
        leftProduct(qAdjoint, a, work);
        rightProduct(work, q, result);
    }

    /** out = m x for a block-diagonal m (zero between sectors); rows in parallel. */
    private void leftProduct(double[] m, double[] x, double[] out) {
        IntStream.range(0, d).parallel().forEach(r -> {
            int row = 2 * r * d;
            Arrays.fill(out, row, row + 2 * d, 0.0);
            for (int s = sectors.start(r); s < sectors.end(r); s++) {
                double mr = m[row + 2 * s];
                double mi = m[row + 2 * s + 1];
                if (mr == 0.0 && mi == 0.0) {
                    continue;
                }
                addScaled(mr, mi, x, 2 * s * d, out, row, 2 * d);
            }
        });
    }

    /** out = x m for a block-diagonal m (zero between sectors); rows in parallel. */
    private void rightProduct(double[] x, double[] m, double[] out) {
        IntStream.range(0, d).parallel().forEach(r -> {
            int row = 2 * r * d;
            Arrays.fill(out, row, row + 2 * d, 0.0);
            for (int first = 0; first < d; first = sectors.end(first)) {
                int last = sectors.end(first);
                for (int s = first; s < last; s++) {
                    double xr = x[row + 2 * s];
                    double xi = x[row + 2 * s + 1];
                    if (xr == 0.0 && xi == 0.0) {
                        continue;
                    }
                    addScaled(xr, xi, m, 2 * (s * d + first), out, row + 2 * first, 2 * (last - first));
                }
            }
        });
    }

    /** out[to ...] += (aRe + i aIm) x[from ...] over {@code length} interleaved doubles (length / 2 complex numbers). */
    private static void addScaled(double aRe, double aIm, double[] x, int from, double[] out, int to, int length) {
        for (int c = 0; c < length; c += 2) {
            double re = x[from + c];
            double im = x[from + c + 1];
            out[to + c] += aRe * re - aIm * im;
            out[to + c + 1] += aRe * im + aIm * re;
        }
    }

    /**
     * Solves (T - i sigma) Y - Y T^dagger = F in place for Hermitian Y with its diagonal fixed to the populations p:
     * row j of g holds column j of F on entry and column j of Y on exit, y_j = (T - i sigma - conj(T_jj))^-1 (f_j +
     * sum_{k &gt; j} conj(T_jk) y_k) from j = d - 1 down. Only the entries above the diagonal are solved for; those
     * below are the conjugates of entries already found, y_j[i] = conj(y_i[j]) for i &gt; j. T is zero between
     * sectors, so each sum runs over the sector of its row only.
     */
    private void solveTriangular(double[] g, double[] p) {
        for (int j = d - 1; j >= 0; j--) {
            int row = 2 * j * d;
            for (int i = j + 1; i < d; i++) {
                g[row + 2 * i] = g[2 * (i * d + j)];
                g[row + 2 * i + 1] = -g[2 * (i * d + j) + 1];
            }
            g[row + 2 * j] = p[j];
            g[row + 2 * j + 1] = 0.0;
            double cRe = t[2 * (j * d + j)];
            double cIm = -t[2 * (j * d + j) + 1];
            for (int i = j - 1; i >= 0; i--) {
                double sRe = g[row + 2 * i];
                double sIm = g[row + 2 * i + 1];
                int ti = 2 * i * d;
                int last = sectors.end(i);
                for (int l = i + 1; l < last; l++) {
                    double aRe = t[ti + 2 * l];
                    double aIm = t[ti + 2 * l + 1];
                    double yRe = g[row + 2 * l];
                    double yIm = g[row + 2 * l + 1];
                    sRe -= aRe * yRe - aIm * yIm;
                    sIm -= aRe * yIm + aIm * yRe;
                }
                double dRe = t[ti + 2 * i] - cRe;
                double dIm = t[ti + 2 * i + 1] - shift - cIm;
                double den = dRe * dRe + dIm * dIm;
                g[row + 2 * i] = (sRe * dRe + sIm * dIm) / den;
                g[row + 2 * i + 1] = (sIm * dRe - sRe * dIm) / den;
            }
            for (int k = Math.max(1, sectors.start(j)); k < j; k++) {
                double aRe = t[2 * (k * d + j)];
                double aIm = -t[2 * (k * d + j) + 1];
                if (aRe == 0.0 && aIm == 0.0) {
                    continue;
                }
                addScaled(aRe, aIm, g, row, g, 2 * k * d, 2 * k);
            }
        }
    }
}
