package org.szilard.kernel.dynamics;

import org.szilard.api.operator.Operator;

/**
 * A fixed complex d x d matrix A acting on the density matrix held in a solver's state vector (d x d, row-major,
 * real and imaginary parts interleaved, at offset 0): the operations a Lindblad generator needs, without allocating.
 * {@link DenseAction} stores A dense and costs O(d^3) per product; {@link CsrAction} stores it in compressed sparse
 * rows and costs O(nnz d). The generator never knows which one it holds.
 *
 * <p>The sparsity pattern is fixed at construction; the values may be rewritten in place
 * ({@link #setCombination}), so a Hamiltonian H0 + lambda H1 is updated per evaluation without allocating.
 *
 * <p>Every method that takes rho expects it Hermitian, as the state of a Lindblad equation is: only then is the
 * result the stated one. Instances keep no scratch space; callers pass {@code work} of at least
 * {@link #workLength()} doubles. Not thread-safe (values are mutable).
 */
abstract sealed class MatrixAction permits DenseAction, CsrAction {

    /** The dimension d. */
    final int n;

    MatrixAction(int n) {
        this.n = n;
    }

    /** A dense action for a dense operator, a sparse one for a sparse operator. */
    static MatrixAction of(Operator a) {
        return a.isSparse() ? CsrAction.of(a) : DenseAction.of(a);
    }

    /**
     * Two actions of {@code a} and {@code b} on one common pattern (the union of both sparse patterns, or dense
     * when either is dense), so that {@link #setCombination} can combine them entry by entry.
     */
    static MatrixAction[] onCommonPattern(Operator a, Operator b) {
        if (a.isSparse() && b.isSparse()) {
            return CsrAction.onCommonPattern(a, b);
        }
        return new MatrixAction[] {DenseAction.of(a), DenseAction.of(b)};
    }

    /** The Hilbert-space dimension d. */
    final int dimension() {
        return n;
    }

    /** The scratch length the methods below need. */
    abstract int workLength();

    /** A new action with this pattern and these values (an independent copy). */
    abstract MatrixAction copy();

    /**
     * Sets this matrix to a + s b, entry by entry; all three must share one pattern (from {@link #copy()} or
     * {@link #onCommonPattern}). Allocation free.
     */
    abstract void setCombination(MatrixAction a, double s, MatrixAction b);

    /**
     * Writes -i (A rho - rho A^dag) on and above the diagonal of {@code target} (entries (i, j) with j >= i;
     * the others are left alone).
     */
    final void commutatorUpper(double[] rho, double[] target, double[] work) {
        commutatorUpper(rho, target, work, 0, n);
    }

    /**
     * As {@link #commutatorUpper(double[], double[], double[])} for the rows from {@code from} to {@code to} - 1
     * only: rows are independent, so disjoint ranges may run on different threads (each with its own work array).
     */
    abstract void commutatorUpper(double[] rho, double[] target, double[] work, int from, int to);

    /** Adds s A rho A^dag on and above the diagonal of {@code target}. */
    final void addSandwichUpper(double s, double[] rho, double[] target, double[] work) {
        addSandwichUpper(s, rho, target, work, 0, n);
    }

    /** As {@link #addSandwichUpper(double, double[], double[], double[])} for the rows from..to - 1 only. */
    abstract void addSandwichUpper(double s, double[] rho, double[] target, double[] work, int from, int to);

    /** Re Tr(rho A). */
    abstract double traceWith(double[] rho);

    /** Throws unless {@code other} has this class and dimension (a precondition of {@link #setCombination}). */
    final void requireSameShape(MatrixAction other) {
        if (other.getClass() != getClass() || other.n != n) {
            throw new IllegalArgumentException("matrix actions of different shapes");
        }
    }
}
