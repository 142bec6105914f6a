package org.szilard.api.substance;

import org.szilard.api.operator.Operator;

/**
 * H(lambda) = constant + lambda * slope.
 *
 * @param constant H0, the part independent of the control
 * @param slope H1 = dH/dlambda
 */
public record AffineHamiltonian(Operator constant, Operator slope) {

    /** H(lambda) = constant + lambda slope. */
    public Operator at(double lambda) {
        return constant.plus(slope.times(lambda));
    }
}
