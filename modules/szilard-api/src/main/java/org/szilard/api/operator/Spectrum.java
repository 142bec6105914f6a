package org.szilard.api.operator;

/**
 * The eigen-decomposition H = V diag(E) V^dagger of a Hermitian operator, eigenvalues in increasing order.
 * Column a of V is the eigenvector of energy E_a.
 */
public interface Spectrum {

    /** The dimension of the space. */
    int dimension();

    /** The eigenvalue E_a; {@code energy(0) <= energy(1) <= ...}. */
    double energy(int a);

    /** All eigenvalues, increasing (a copy). */
    double[] energies();

    /** The unitary whose columns are the eigenvectors. */
    Operator eigenvectors();

    /** V^dagger A V: the matrix elements A_ab = &lt;a|A|b&gt; in the eigenbasis. */
    Operator toEigenbasis(Operator a);

    /** V X V^dagger: an operator given in the eigenbasis, back in the original basis. */
    Operator fromEigenbasis(Operator x);
}
