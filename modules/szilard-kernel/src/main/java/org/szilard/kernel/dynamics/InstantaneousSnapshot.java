package org.szilard.kernel.dynamics;

import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.substance.WorkingSubstance;

/**
 * The substance at one control value, handed to every attached reservoir. The spectrum is computed on first use
 * and then shared: global baths need it, local baths never ask, and diagonalising a chain of d = 1024 costs
 * seconds. Thread-safe.
 */
final class InstantaneousSnapshot implements InstantaneousSystem {

    private final double lambda;
    private final Operator hamiltonian;
    private final WorkingSubstance substance;
    private final QuantumMath math;
    private Spectrum spectrum;

    private InstantaneousSnapshot(double lambda, Operator hamiltonian, WorkingSubstance substance, QuantumMath math) {
        this.lambda = lambda;
        this.hamiltonian = hamiltonian;
        this.substance = substance;
        this.math = math;
    }

    static InstantaneousSnapshot of(WorkingSubstance substance, double lambda, QuantumMath math) {
        return new InstantaneousSnapshot(lambda, substance.hamiltonian(lambda), substance, math);
    }

    @Override
    public double lambda() {
        return lambda;
    }

    @Override
    public Operator hamiltonian() {
        return hamiltonian;
    }

    @Override
    public synchronized Spectrum spectrum() {
        if (spectrum == null) {
            spectrum = math.spectrum(hamiltonian);
        }
        return spectrum;
    }

    /** Whether the spectrum has been computed (for tests). */
    synchronized boolean hasSpectrum() {
        return spectrum != null;
    }

    @Override
    public WorkingSubstance substance() {
        return substance;
    }

    @Override
    public QuantumMath math() {
        return math;
    }

    @Override
    public String toString() {
        return "InstantaneousSnapshot[lambda=" + lambda + ", d=" + hamiltonian.dimension() + "]";
    }
}
