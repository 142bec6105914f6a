package org.szilard.plugin.reservoirs.bosonic;

import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;

/**
 * The rates of a thermal bosonic bath at a positive frequency w: gamma J(w) (n(w) + 1) for a jump that gives the
 * quantum w to the bath, gamma J(w) n(w) for one that takes it, with the Bose-Einstein occupation
 * n(w) = 1 / (exp(w / T) - 1) (0 at T = 0). Shared by the global and the local form.
 *
 * @param temperature T, at least 0
 * @param coupling gamma
 * @param spectralDensity J
 */
record BoseRates(double temperature, double coupling, SpectralDensity spectralDensity) {

    /** Whether a jump at frequency w &gt; 0 has a non-zero rate. */
    boolean active(double w) {
        return coupling * spectralDensity.at(w) > 0.0;
    }

    /**
     * Adds the pair of jumps at frequency w &gt; 0: {@code lowering} (energy w to the bath) and its adjoint (energy
     * w from the bath), each only when its rate is non-zero.
     */
    void addJumps(List<JumpOperator> jumps, Operator lowering, double w) {
        double rate = coupling * spectralDensity.at(w);
        double n = temperature == 0.0 ? 0.0 : 1.0 / Math.expm1(w / temperature);
        if (rate > 0.0) {
            jumps.add(new JumpOperator(lowering, rate * (n + 1.0), w, 0));
        }
        if (rate * n > 0.0) {
            jumps.add(new JumpOperator(lowering.dagger(), rate * n, -w, 0));
        }
    }
}
