package org.szilard.plugin.spin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.AffineHamiltonian;
import org.szilard.api.substance.Site;
import org.szilard.api.substance.WorkingSubstance;

/**
 * A spin j with H(lambda) = lambda S_z + transverse S_x. Reservoirs couple through 2 S_x by default (sigma_x for
 * spin 1/2); the named coupling operators "sx", "sy", "sz" are 2 S_x, 2 S_y, 2 S_z, the Pauli matrices for spin 1/2.
 * The spin is its own single site (lowering operator S_-, bare splitting lambda, coupling 2 S_x).
 */
final class SpinSubstance implements WorkingSubstance {

    private final SpinMatrices spin;
    private final AffineHamiltonian affine;
    private final Map<String, Operator> couplings;
    private final List<Site> sites;

    SpinSubstance(SpinMatrices spin, double transverse) {
        this.spin = spin;
        this.affine = new AffineHamiltonian(spin.sx().times(transverse), spin.sz());
        this.couplings = Map.of("sx", spin.sx().times(2.0), "sy", spin.sy().times(2.0), "sz", spin.sz().times(2.0));
        this.sites = List.of(new SpinSite(spin.lowering(), couplings.get("sx"), 1.0));
    }

    @Override
    public int dimension() {
        return spin.dimension();
    }

    @Override
    public Optional<AffineHamiltonian> affine() {
        return Optional.of(affine);
    }

    @Override
    public Operator defaultCoupling() {
        return couplings.get("sx");
    }

    @Override
    public Map<String, Operator> couplingOperators() {
        return couplings;
    }

    @Override
    public List<Site> sites() {
        return sites;
    }
}
