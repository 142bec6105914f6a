package org.szilard.api.substance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.szilard.api.operator.Operator;

/**
 * The driven quantum system: a Hamiltonian H(lambda) for a real control value lambda, its derivative, and the
 * operators through which reservoirs couple to it. Basis order follows the physics conventions (spin m = +j ... -j,
 * Fock |0>, |1>, ..., Kronecker order of subsystems).
 */
public interface WorkingSubstance {

    /** The Hilbert-space dimension. */
    int dimension();

    /** H(lambda). By default built from {@link #affine()}, which a substance affine in lambda provides instead. */
    default Operator hamiltonian(double lambda) {
        return affineParts().at(lambda);
    }

    /** dH/dlambda at lambda. By default the slope of {@link #affine()}. */
    default Operator hamiltonianDerivative(double lambda) {
        return affineParts().slope();
    }

    private AffineHamiltonian affineParts() {
        return affine().orElseThrow(() -> new UnsupportedOperationException(getClass().getName()
                + " must implement hamiltonian(lambda) and hamiltonianDerivative(lambda), or affine()"));
    }

    /**
     * When H(lambda) = H0 + lambda H1 for all lambda, the two parts; the kernel then builds H(t) without calling
     * the plugin in the inner loop. Empty for other dependences on lambda.
     */
    default Optional<AffineHamiltonian> affine() {
        return Optional.empty();
    }

    /** The coupling operator a reservoir uses when the scenario names none (Hermitian). */
    Operator defaultCoupling();

    /** Further coupling operators a scenario may name, by name (each Hermitian). */
    default Map<String, Operator> couplingOperators() {
        return Map.of();
    }

    /** Dimensions of the subsystems in Kronecker order; a single entry for an elementary system. */
    default int[] subsystemDimensions() {
        return new int[] {dimension()};
    }

    /**
     * The sites reservoirs may attach to one at a time (scenario key {@code site}, an index into this list). Empty
     * for a substance without such structure; a single spin or mode lists itself.
     */
    default List<Site> sites() {
        return List.of();
    }

    /** Populations to watch during a run (truncation checks); empty by default. */
    default List<PopulationWatch> watches() {
        return List.of();
    }

    /** The particle-number operator, for substances that exchange particles with leads. */
    default Optional<Operator> particleNumber() {
        return Optional.empty();
    }
}
