package org.szilard.kernel.dynamics;

import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.solver.MasterEquation;

/**
 * A time-independent Lindblad generator L(rho) = -i (H_eff rho - rho H_eff^dag) + sum_k r_k L_k rho L_k^dag.
 *
 * @param equation the master equation: applied to a state vector (rho, then bookkeeping), its derivative holds
 *                 L(rho) followed by the power and the heat and particle currents in that state (see
 *                 {@link StateLayout}); it expects a Hermitian rho
 * @param effectiveHamiltonian H_eff = H - (i/2) sum_k r_k L_k^dag L_k
 * @param jumps the jump operators with their rates
 */
public record ConstantGenerator(MasterEquation equation, Operator effectiveHamiltonian, List<JumpOperator> jumps) {
}
