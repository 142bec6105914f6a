package org.szilard.api.reservoir;

import java.util.List;
import java.util.Optional;

/**
 * A reservoir: turns the instantaneous Hamiltonian into the jump operators of a Lindblad dissipator
 * D(rho) = sum_k rate_k (L_k rho L_k^dag - 1/2 {L_k^dag L_k, rho}). The kernel derives energy and particle
 * currents from the dissipator, so a reservoir only describes its jumps.
 */
public interface Reservoir {

    /** The temperature T (energy units, k_B = 1), at least 0. */
    double temperature();

    /** The chemical potential mu; 0 for reservoirs that exchange no particles. */
    default double chemicalPotential() {
        return 0.0;
    }

    /** Whether jumps move particles (leads): then heat currents are Tr((H - mu N) D(rho)). */
    default boolean exchangesParticles() {
        return false;
    }

    /** The jump operators and rates for the system at this instant. */
    List<JumpOperator> jumpOperators(InstantaneousSystem system);

    /**
     * The same jump operators expressed in the energy eigenbasis of H(lambda) (the basis of the columns of
     * {@code system.spectrum().eigenvectors()}), for reservoirs whose dissipator is built there (the global, Davies
     * form): sparse there where they are dense in the substance's basis. When every reservoir attached at a constant
     * control offers them, the kernel integrates that stretch in the energy eigenbasis. Empty, the default, for
     * reservoirs defined in the substance's own basis (local forms).
     */
    default Optional<List<JumpOperator>> energyBasisJumpOperators(InstantaneousSystem system) {
        return Optional.empty();
    }
}
