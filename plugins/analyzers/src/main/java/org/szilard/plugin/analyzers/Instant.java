package org.szilard.plugin.analyzers;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.szilard.api.analyzer.Observation;
import org.szilard.api.analyzer.StateRecord;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.WorkingSubstance;

/**
 * The system at one instant as the state analyzers measure it: the end of the run (a {@link StateRecord}) or a kept
 * instant of the time series (an {@link Observation}, valid only during the analyzer's call). Nothing is computed
 * before it is asked for.
 */
final class Instant {

    private final Supplier<Operator> rho;
    private final Supplier<Operator> hamiltonian;
    private final DoubleSupplier entropy;

    private Instant(Supplier<Operator> rho, Supplier<Operator> hamiltonian, DoubleSupplier entropy) {
        this.rho = rho;
        this.hamiltonian = hamiltonian;
        this.entropy = entropy;
    }

    /** A recorded state. */
    static Instant of(StateRecord state) {
        return new Instant(state::rho, state::hamiltonian, state::entropy);
    }

    /** An observed instant; its Hamiltonian is the substance's at the observed control value. */
    static Instant of(Observation observation, WorkingSubstance substance) {
        return new Instant(observation::rho, () -> substance.hamiltonian(observation.lambda()), observation::entropy);
    }

    /** The density matrix. */
    Operator rho() {
        return rho.get();
    }

    /** H(lambda) at this instant. */
    Operator hamiltonian() {
        return hamiltonian.get();
    }

    /** The von Neumann entropy of rho, in nats. */
    double entropy() {
        return entropy.getAsDouble();
    }
}
