package org.szilard.plugin.solvers.jumps;

import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;

/**
 * One jump channel of a trajectory: the jump operator L kept as its non-zero entries (compressed rows, real and
 * imaginary parts interleaved), its rate, the reservoir it belongs to, and the energy and particles one jump gives
 * to that reservoir. Jump operators of global dissipators are sparse in any basis where H is, so applying them costs
 * far less than a dense product.
 */
final class JumpChannel {

    final int reservoir;
    final double rate;
    final double energy;
    final int particles;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;

    private JumpChannel(JumpOperator jump, int reservoir) {
        Operator l = jump.operator();
        int d = l.dimension();
        int count = l.nonZeros();
        this.reservoir = reservoir;
        this.rate = jump.rate();
        this.energy = jump.energy();
        this.particles = jump.particles();
        this.rowStart = new int[d + 1];
        this.columns = new int[count];
        this.values = new double[2 * count];
        int[] next = {0};
        l.forEachNonZero((i, j, re, im) -> {
            int p = next[0]++;
            rowStart[i + 1] = p + 1;
            columns[p] = j;
            values[2 * p] = re;
            values[2 * p + 1] = im;
        });
        for (int i = 1; i <= d; i++) {
            rowStart[i] = Math.max(rowStart[i], rowStart[i - 1]);
        }
    }

    /** The channel of a jump operator of the reservoir with index {@code reservoir}. */
    static JumpChannel of(JumpOperator jump, int reservoir) {
        return new JumpChannel(jump, reservoir);
    }

    /** out = L v, for interleaved complex vectors. */
    void apply(double[] v, double[] out) {
        int d = rowStart.length - 1;
        for (int i = 0; i < d; i++) {
            double re = 0.0, im = 0.0;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                double lr = values[2 * p], li = values[2 * p + 1];
                double vr = v[2 * columns[p]], vi = v[2 * columns[p] + 1];
                re += lr * vr - li * vi;
                im += lr * vi + li * vr;
            }
            out[2 * i] = re;
            out[2 * i + 1] = im;
        }
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
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                double ar = values[2 * p], ai = -values[2 * p + 1];
                int row = 2 * columns[p] * d;
                for (int q = rowStart[i]; q < rowStart[i + 1]; q++) {
                    double br = values[2 * q], bi = values[2 * q + 1];
                    int at = row + 2 * columns[q];
                    dense[at] += rate * (ar * br - ai * bi);
                    dense[at + 1] += rate * (ar * bi + ai * br);
                }
            }
        }
    }
}
