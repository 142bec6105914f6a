package org.szilard.api.operator;

/**
 * Numerical linear algebra that plugins may need, implemented by the kernel (a plugin never links to a matrix
 * library to diagonalise a Hamiltonian or take an entropy). All logarithms are natural: entropies are in nats.
 */
public interface QuantumMath {

    /** Eigen-decomposition of a Hermitian operator. */
    Spectrum spectrum(Operator hermitian);

    /** Eigenvalues of a Hermitian operator, increasing. */
    double[] eigenvalues(Operator hermitian);

    /** The Gibbs state exp(-H/T)/Z; T = 0 gives the (uniform mixture over the) ground space. */
    Operator thermalState(Operator hamiltonian, double temperature);

    /** von Neumann entropy -Tr(rho ln rho), in nats. */
    double vonNeumannEntropy(Operator rho);

    /** Trace distance (1/2) ||a - b||_1. */
    double traceDistance(Operator a, Operator b);

    /** Uhlmann fidelity (Tr sqrt(sqrt(a) b sqrt(a)))^2. */
    double fidelity(Operator a, Operator b);

    /** exp(t A) for a general complex matrix A (Pade scaling and squaring). */
    Operator exponential(Operator generator, double t);

    /** The unitary exp(-i t H) of a Hermitian H. */
    Operator unitaryPropagator(Operator hamiltonian, double t);

    /** Partial trace over every subsystem not listed in {@code keep} (subsystems in Kronecker order). */
    Operator partialTrace(Operator rho, int[] dimensions, int... keep);

    /** Partial transpose of the listed subsystems. */
    Operator partialTranspose(Operator rho, int[] dimensions, int... transposed);
}
