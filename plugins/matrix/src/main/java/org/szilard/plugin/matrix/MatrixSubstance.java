package org.szilard.plugin.matrix;

import java.util.Optional;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.AffineHamiltonian;
import org.szilard.api.substance.WorkingSubstance;

/**
 * A model given as matrices in the user's basis: H(lambda) = h0 + lambda h1, reservoirs coupling through one given
 * Hermitian matrix. It has no sites (a local reservoir needs a site's lowering operator, which a bare matrix does
 * not define) and no named coupling operators.
 */
final class MatrixSubstance implements WorkingSubstance {

    private final AffineHamiltonian affine;
    private final Operator coupling;
    private final int[] subsystemDimensions;

    /**
     * @param affine h0 and h1, Hermitian and of one size
     * @param coupling the default coupling operator, Hermitian and of the same size
     * @param subsystemDimensions the declared subsystems, their product the size
     */
    MatrixSubstance(AffineHamiltonian affine, Operator coupling, int[] subsystemDimensions) {
        this.affine = affine;
        this.coupling = coupling;
        this.subsystemDimensions = subsystemDimensions.clone();
    }

    @Override
    public int dimension() {
        return coupling.dimension();
    }

    @Override
    public Operator hamiltonian(double lambda) {
        return affine.constant().plus(affine.slope().times(lambda));
    }

    @Override
    public Operator hamiltonianDerivative(double lambda) {
        return affine.slope();
    }

    @Override
    public Optional<AffineHamiltonian> affine() {
        return Optional.of(affine);
    }

    @Override
    public Operator defaultCoupling() {
        return coupling;
    }

    @Override
    public int[] subsystemDimensions() {
        return subsystemDimensions.clone();
    }
}
