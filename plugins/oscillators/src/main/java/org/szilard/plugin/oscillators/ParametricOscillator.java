package org.szilard.plugin.oscillators;

import org.szilard.api.operator.Operator;

/**
 * The {@code parametric} model: H(lambda) = (p^2 + lambda^2 x^2)/2, a fixed basis (the Fock states of the reference
 * frequency w0) in which the spring constant lambda^2 is driven, so that changing lambda squeezes the state.
 * x = (a + a^dag)/sqrt(2 w0) and p = i sqrt(w0/2)(a^dag - a) are built from the truncated a, and x^2, p^2 are their
 * squares in the N-level space.
 *
 * <p>Truncation: the squares miss the terms that would pass through |N>, which distorts the top levels. At
 * lambda = w0 the result is H = (w0/2)(a^dag a + a a^dag), exact w0 (n + 1/2) for n < N-1 but w0 (N-1)/2 for the
 * top level; at lambda != w0 the squeezing terms a^2, a^dag^2 spread the error down from the top, and the low
 * eigenvalues approach lambda (n + 1/2) as N grows. Not affine in lambda.
 */
final class ParametricOscillator extends Oscillator {

    private final Operator kinetic;
    private final Operator halfPositionSquared;

    /**
     * @param levels the number N of Fock levels kept
     * @param referenceFrequency w0 &gt; 0, whose Fock basis is used
     */
    ParametricOscillator(int levels, double referenceFrequency) {
        super(levels);
        Operator a = annihilation();
        Operator creation = a.dagger();
        Operator x = a.plus(creation).times(1.0 / Math.sqrt(2.0 * referenceFrequency));
        Operator p = creation.minus(a).times(0.0, Math.sqrt(0.5 * referenceFrequency));
        kinetic = p.times(p).times(0.5);
        halfPositionSquared = x.times(x).times(0.5);
    }

    /** The frequency of the mode is |lambda|: H depends on lambda only through lambda^2. */
    @Override
    double frequency(double lambda) {
        return Math.abs(lambda);
    }

    @Override
    public Operator hamiltonian(double lambda) {
        return kinetic.plus(halfPositionSquared.times(lambda * lambda));
    }

    @Override
    public Operator hamiltonianDerivative(double lambda) {
        return halfPositionSquared.times(2.0 * lambda);
    }
}
