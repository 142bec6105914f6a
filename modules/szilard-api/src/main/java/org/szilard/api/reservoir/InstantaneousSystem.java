package org.szilard.api.reservoir;

import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.substance.WorkingSubstance;

/** The working substance at one control value, already diagonalised by the kernel. */
public interface InstantaneousSystem {

    /** The control value lambda. */
    double lambda();

    /** H(lambda). */
    Operator hamiltonian();

    /** The eigen-decomposition of H(lambda). */
    Spectrum spectrum();

    /** The substance, for its coupling operators and subsystems. */
    WorkingSubstance substance();

    /** The kernel's linear algebra. */
    QuantumMath math();
}
