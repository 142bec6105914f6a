package org.szilard.api.reservoir;

import org.szilard.api.operator.Operator;

/**
 * One term rate * (L rho L^dag - 1/2 {L^dag L, rho}) of a dissipator.
 *
 * @param operator the jump operator L
 * @param rate the non-negative rate in front of the term
 * @param energy the energy the system gives to the reservoir in one jump (the Bohr frequency w of a lowering
 *               jump, -w of a raising one); used for trajectory heat statistics
 * @param particles the number of particles the system gives to the reservoir in one jump
 */
public record JumpOperator(Operator operator, double rate, double energy, int particles) {

    public JumpOperator {
        if (!(rate >= 0.0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("a jump rate must be finite and non-negative, got " + rate);
        }
    }
}
