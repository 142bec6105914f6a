package org.szilard.plugin.reservoirs.testing;

import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;

/** Applies D(rho) = sum_k rate_k (L_k rho L_k^dag - 1/2 {L_k^dag L_k, rho}), the way the engine does. */
public final class Dissipator {

    private Dissipator() {
    }

    /** D(rho) for the given jumps. */
    public static Operator apply(List<JumpOperator> jumps, Operator rho) {
        Operator result = Operator.zero(rho.dimension());
        for (JumpOperator jump : jumps) {
            Operator l = jump.operator();
            Operator ld = l.dagger();
            Operator ldl = ld.times(l);
            Operator term = l.times(rho).times(ld).minus(ldl.times(rho).plus(rho.times(ldl)).times(0.5));
            result = result.plus(term.times(jump.rate()));
        }
        return result;
    }

    /** -i [H, rho] + D(rho): the right-hand side of the master equation. */
    public static Operator generator(Operator hamiltonian, List<JumpOperator> jumps, Operator rho) {
        Operator commutator = hamiltonian.times(rho).minus(rho.times(hamiltonian));
        return commutator.times(0.0, -1.0).plus(apply(jumps, rho));
    }

    /** rho(t) from rho(0) under a constant generator, by classical Runge-Kutta steps of size dt. */
    public static Operator evolve(Operator hamiltonian, List<JumpOperator> jumps, Operator rho, double time,
                                  double dt) {
        int steps = (int) Math.ceil(time / dt);
        double h = time / steps;
        Operator state = rho;
        for (int s = 0; s < steps; s++) {
            Operator k1 = generator(hamiltonian, jumps, state);
            Operator k2 = generator(hamiltonian, jumps, state.plus(k1.times(h / 2)));
            Operator k3 = generator(hamiltonian, jumps, state.plus(k2.times(h / 2)));
            Operator k4 = generator(hamiltonian, jumps, state.plus(k3.times(h)));
            state = state.plus(k1.plus(k2.times(2)).plus(k3.times(2)).plus(k4).times(h / 6));
        }
        return state;
    }
}
