package org.szilard.plugin.reservoirs.bosonic;

import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;

/** Applies D(rho) = sum_k rate_k (L_k rho L_k^dag - 1/2 {L_k^dag L_k, rho}), the way the engine will. */
final class Dissipator {

    private Dissipator() {
    }

    static Operator apply(List<JumpOperator> jumps, Operator rho) {
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
}
