package org.szilard.plugin.spin;

import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.AffineSubstance;
import org.szilard.api.substance.WorkingSubstance;

/**
 * A spin j with H(lambda) = lambda S_z + transverse S_x. Reservoirs couple through 2 S_x by default (sigma_x for
 * spin 1/2); the named coupling operators "sx", "sy", "sz" are 2 S_x, 2 S_y, 2 S_z, the Pauli matrices for spin 1/2.
 * The spin is its own single site (lowering operator S_-, bare splitting lambda, coupling 2 S_x).
 */
final class SpinSubstance {

    private SpinSubstance() {
    }

    /** The spin of the given matrices in a transverse field of the given strength. */
    static WorkingSubstance of(SpinMatrices spin, double transverse) {
        Operator sx = spin.sx().times(2.0);
        return AffineSubstance.builder(spin.sx().times(transverse), spin.sz())
                .defaultCoupling(sx)
                .coupling("sx", sx).coupling("sy", spin.sy().times(2.0)).coupling("sz", spin.sz().times(2.0))
                .sites(List.of(new SpinSite(spin.lowering(), sx, 1.0)))
                .build();
    }
}
