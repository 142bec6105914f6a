package org.szilard.plugin.solvers.jumps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.solver.MasterEquation;

/**
 * The generator of one segment as trajectories see it, on a grid of equal steps: the Hamiltonian H, per reservoir the
 * decay operator K_r = sum_k rate_k L_k^dag L_k of its channels (dense, interleaved), and the jump channels. A
 * constant segment is sampled once. A moving one is sampled at the start, midpoint and end of the current grid step
 * and interpolated quadratically in between (exact at the three samples; the error of H is O(h^3) per step); dH/ds is
 * the derivative of that interpolant, so that the work integrand and the motion of psi come from the same H, and the
 * energy balance of a trajectory holds to the integration tolerance. A jump uses the channels of the nearest sample.
 */
final class SampledGenerator {

    /** H, the decay operators per reservoir (null where the reservoir has no channel) and the channels at one time. */
    record Sample(double[] hamiltonian, double[][] decay, JumpChannel[] channels) {
    }

    final int d;
    final int reservoirs;
    final int steps;
    final double h;
    final boolean moving;
    private final MasterEquation equation;
    private final double duration;
    private Sample start;
    private Sample middle;
    private Sample end;
    private int step = -1;
    private final boolean[] active;

    /**
     * @param equation the segment's equation
     * @param reservoirs the number of the scenario's reservoirs (entries of {@link MasterEquation#jumps(double)})
     * @param duration the segment duration
     * @param steps the number of grid steps
     */
    SampledGenerator(MasterEquation equation, int reservoirs, double duration, int steps) {
        this.equation = equation;
        this.d = equation.hilbertDimension();
        this.reservoirs = reservoirs;
        this.duration = duration;
        this.steps = steps;
        this.h = duration / steps;
        this.moving = !equation.isTimeIndependent();
        this.active = new boolean[reservoirs];
        enter(0);
    }

    /** The time of grid point n from the segment start (the duration itself at the last). */
    double time(int n) {
        return n == steps ? duration : n * h;
    }

    /** Samples grid step n (0 &lt;= n &lt; steps), reusing the end of step n - 1 as its start. */
    void enter(int n) {
        if (n == step) {
            return;
        }
        if (!moving) {
            if (start == null) {
                start = sample(0.0);
                middle = start;
                end = start;
            }
        } else {
            start = n == step + 1 && end != null ? end : sample(time(n));
            middle = sample(time(n) + 0.5 * h);
            end = sample(time(n + 1));
        }
        step = n;
        for (int r = 0; r < reservoirs; r++) {
            active[r] = start.decay[r] != null || middle.decay[r] != null || end.decay[r] != null;
        }
    }

    /** Whether reservoir r has a channel anywhere in the current step. */
    boolean active(int r) {
        return active[r];
    }

    private Sample sample(double s) {
        double[] hamiltonian = equation.hamiltonian(s).toInterleaved();
        double[][] decay = new double[reservoirs][];
        List<JumpChannel> channels = new ArrayList<>();
        if (!equation.isClosed()) {
            List<List<JumpOperator>> jumps = equation.jumps(s);
            for (int r = 0; r < reservoirs; r++) {
                for (JumpOperator jump : jumps.get(r)) {
                    JumpChannel channel = JumpChannel.of(jump, r);
                    if (decay[r] == null) {
                        decay[r] = new double[2 * d * d];
                    }
                    channel.addDecayTo(decay[r], d);
                    channels.add(channel);
                }
            }
        }
        return new Sample(hamiltonian, decay, channels.toArray(JumpChannel[]::new));
    }

    /** H at fraction x of the current step; may be written into {@code scratch}. */
    double[] hamiltonian(double x, double[] scratch) {
        return interpolate(start.hamiltonian, middle.hamiltonian, end.hamiltonian, x, scratch);
    }

    /** K_r at fraction x of the current step (zero where a sample has none); may be written into {@code scratch}. */
    double[] decay(int r, double x, double[] scratch) {
        return interpolate(start.decay[r], middle.decay[r], end.decay[r], x, scratch);
    }

    /** dH/ds of the interpolant at fraction x of the current step, into {@code out}; zero for a constant segment. */
    void slope(double x, double[] out) {
        double c0 = (4.0 * x - 3.0) / h, c1 = (4.0 - 8.0 * x) / h, c2 = (4.0 * x - 1.0) / h;
        double[] a = start.hamiltonian, b = middle.hamiltonian, c = end.hamiltonian;
        for (int k = 0; k < out.length; k++) {
            out[k] = c0 * a[k] + c1 * b[k] + c2 * c[k];
        }
    }

    /** The channels of the sample nearest to fraction x of the current step. */
    JumpChannel[] channels(double x) {
        return (x < 0.25 ? start : x < 0.75 ? middle : end).channels;
    }

    /** H at the start of the segment's current step and at its end. */
    double[] startHamiltonian() {
        return start.hamiltonian;
    }

    /** H at the end of the current step. */
    double[] endHamiltonian() {
        return end.hamiltonian;
    }

    /**
     * The quadratic through a (x = 0), b (x = 1/2) and c (x = 1); a missing (null) sample counts as zero. Returns a
     * sample itself where x hits it or the segment is constant.
     */
    private double[] interpolate(double[] a, double[] b, double[] c, double x, double[] scratch) {
        if (!moving || x == 0.0) {
            return a == null ? zero(scratch) : a;
        }
        if (x == 1.0) {
            return c == null ? zero(scratch) : c;
        }
        double c0 = 2.0 * (x - 0.5) * (x - 1.0), c1 = -4.0 * x * (x - 1.0), c2 = 2.0 * x * (x - 0.5);
        for (int k = 0; k < scratch.length; k++) {
            scratch[k] = (a == null ? 0.0 : c0 * a[k]) + (b == null ? 0.0 : c1 * b[k]) + (c == null ? 0.0 : c2 * c[k]);
        }
        return scratch;
    }

    private static double[] zero(double[] scratch) {
        Arrays.fill(scratch, 0.0);
        return scratch;
    }
}
