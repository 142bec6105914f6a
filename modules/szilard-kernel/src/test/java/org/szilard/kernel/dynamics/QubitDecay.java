package org.szilard.kernel.dynamics;

import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;

/**
 * A test reservoir: decay |1> -&gt; |0> of a qubit in the substance's basis at rate gamma, at zero temperature, with
 * the jump energy H_11 - H_00 of the instantaneous Hamiltonian. It offers no energy-basis jumps (a local form).
 */
record QubitDecay(double gamma) implements Reservoir {

    @Override
    public double temperature() {
        return 0.0;
    }

    @Override
    public List<JumpOperator> jumpOperators(InstantaneousSystem system) {
        double w = system.hamiltonian().re(1, 1) - system.hamiltonian().re(0, 0);
        return List.of(new JumpOperator(Operator.builder(2).add(0, 1, 1.0).build(), gamma, w, 0));
    }
}
