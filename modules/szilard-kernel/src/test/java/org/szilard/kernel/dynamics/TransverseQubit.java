package org.szilard.kernel.dynamics;

import org.szilard.api.operator.Operator;
import org.szilard.api.substance.WorkingSubstance;

/** A test substance: a qubit with H(lambda) = lambda |1><1| + g sigma_x, coupling through sigma_x. */
record TransverseQubit(double g) implements WorkingSubstance {

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public Operator hamiltonian(double lambda) {
        return Operator.real(new double[][] {{0, g}, {g, lambda}});
    }

    @Override
    public Operator hamiltonianDerivative(double lambda) {
        return Operator.diagonal(0.0, 1.0);
    }

    @Override
    public Operator defaultCoupling() {
        return Operator.real(new double[][] {{0, 1}, {1, 0}});
    }
}
