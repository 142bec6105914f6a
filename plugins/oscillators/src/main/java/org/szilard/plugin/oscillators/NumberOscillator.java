package org.szilard.plugin.oscillators;

import java.util.Optional;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.AffineHamiltonian;

/**
 * The {@code number} model: H(lambda) = lambda (n + 1/2), the control being the frequency itself. Diagonal and
 * exact in the truncated space (every kept level has its true energy); affine in lambda.
 */
final class NumberOscillator extends Oscillator {

    private final AffineHamiltonian affine;

    NumberOscillator(int levels) {
        super(levels);
        double[] energies = new double[levels];
        for (int n = 0; n < levels; n++) {
            energies[n] = n + 0.5;
        }
        affine = new AffineHamiltonian(Operator.zero(levels), Operator.diagonal(energies));
    }

    @Override
    double frequency(double lambda) {
        return lambda;
    }

    @Override
    public Optional<AffineHamiltonian> affine() {
        return Optional.of(affine);
    }
}
