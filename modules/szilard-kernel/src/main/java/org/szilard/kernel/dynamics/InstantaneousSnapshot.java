package org.szilard.kernel.dynamics;

import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.substance.WorkingSubstance;

/** The substance at one control value, diagonalised once and handed to every attached reservoir. */
record InstantaneousSnapshot(double lambda, Operator hamiltonian, Spectrum spectrum, WorkingSubstance substance,
                             QuantumMath math) implements InstantaneousSystem {

    static InstantaneousSnapshot of(WorkingSubstance substance, double lambda, QuantumMath math) {
        Operator h = substance.hamiltonian(lambda);
        return new InstantaneousSnapshot(lambda, h, math.spectrum(h), substance, math);
    }
}
