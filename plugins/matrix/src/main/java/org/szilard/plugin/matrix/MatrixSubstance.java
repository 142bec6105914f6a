package org.szilard.plugin.matrix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.AffineHamiltonian;
import org.szilard.api.substance.WorkingSubstance;

/**
 * A model given as matrices in the user's basis: H(lambda) = h0 + lambda h1, reservoirs coupling through a default
 * Hermitian matrix or named ones. It has no sites (a local reservoir needs a site's lowering operator, which a bare
 * matrix does not define).
 */
final class MatrixSubstance implements WorkingSubstance {

    private final AffineHamiltonian affine;
    private final Operator coupling;
    private final Map<String, Operator> couplings;
    private final int[] subsystemDimensions;

    /**
     * @param affine h0 and h1, Hermitian and of one size
     * @param coupling the default coupling operator, Hermitian and of the same size
     * @param couplings named coupling operators, Hermitian and of the same size
     * @param subsystemDimensions the declared subsystems, their product the size
     */
    MatrixSubstance(AffineHamiltonian affine, Operator coupling, Map<String, Operator> couplings,
                    int[] subsystemDimensions) {
        this.affine = affine;
        this.coupling = coupling;
        this.couplings = Collections.unmodifiableMap(new LinkedHashMap<>(couplings));
        this.subsystemDimensions = subsystemDimensions.clone();
    }

    @Override
    public int dimension() {
        return coupling.dimension();
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
    public Map<String, Operator> couplingOperators() {
        return couplings;
    }

    @Override
    public int[] subsystemDimensions() {
        return subsystemDimensions.clone();
    }
}
