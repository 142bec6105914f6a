package org.szilard.plugin.solvers.jumps;

import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;

/**
 * One jump channel of a trajectory: the jump operator L (stored sparse: jump operators of global dissipators are
 * sparse in any basis where H is, so applying them costs far less than a dense product), its rate, the reservoir it
 * belongs to, and the energy and particles one jump gives to that reservoir.
 */
final class JumpChannel {

    final int reservoir;
    final double rate;
    final double energy;
    final int particles;
    private final Operator operator;

    private JumpChannel(JumpOperator jump, int reservoir) {
        this.operator = jump.operator().toSparse();
        this.reservoir = reservoir;
        this.rate = jump.rate();
        this.energy = jump.energy();
        this.particles = jump.particles();
    }

    /** The channel of a jump operator of the reservoir with index {@code reservoir}. */
    static JumpChannel of(JumpOperator jump, int reservoir) {
        return new JumpChannel(jump, reservoir);
    }

    /** out = L v, for interleaved complex vectors. */
    void apply(double[] v, double[] out) {
        operator.applyTo(v, out);
    }

    /** The rate times ||L v||^2, the weight of this channel when a jump happens in the state v; uses {@code scratch}. */
    double weight(double[] v, double[] scratch) {
        apply(v, scratch);
        double sum = 0.0;
        for (double x : scratch) {
            sum += x * x;
        }
        return rate * sum;
    }

    /**
     * Adds rate L^dag L to a dense interleaved d x d matrix: (L^dag L)_jk = sum_i conj(L_ij) L_ik, summed over the
     * pairs of non-zero entries of each row.
     */
    void addDecayTo(double[] dense, int d) {
        for (int i = 0; i < d; i++) {
            operator.forEachNonZeroInRow(i, (row, j, ar, ai) -> operator.forEachNonZeroInRow(row, (r, k, br, bi) -> {
                int at = 2 * (j * d + k);
                // conj(L_ij) L_ik
                dense[at] += rate * (ar * br + ai * bi);
                dense[at + 1] += rate * (ar * bi - ai * br);
            }));
        }
    }
}
