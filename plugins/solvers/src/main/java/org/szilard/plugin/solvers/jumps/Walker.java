package org.szilard.plugin.solvers.jumps;

import org.szilard.api.solver.SolverException;

/**
 * Moves trajectories across one grid step of a {@link SampledGenerator}, with work arrays of its own (one walker per
 * thread). Between jumps psi follows dpsi/ds = -i (H - (i/2) sum_r K_r) psi by adaptive Dormand-Prince steps; with it
 * are integrated the work done on the system, &lt;dH/ds&gt;, and the energy each reservoir gives through the
 * no-jump evolution, &lt;K_r&gt;&lt;H&gt; - Re &lt;K_r H&gt; (expectations in the normalised psi). A jump happens when
 * ||psi||^2 falls to the trajectory's threshold (waiting-time method); its time is found by the Illinois variant of
 * regula falsi on ln ||psi||^2, repeating the step over a fraction of it; its channel k is drawn with weight rate_k
 * ||L_k psi||^2, psi becomes L_k psi normalised, and the change of &lt;H&gt; is the energy taken from the channel's
 * reservoir. So, per trajectory, the change of &lt;H&gt; equals the work plus the energy taken from the reservoirs to
 * within the integration tolerance.
 */
final class Walker implements DormandPrince.Rhs {

    /** The smallest step, relative to the grid step, before the integration is declared failed. */
    private static final double MIN_RELATIVE_STEP = 1e-12;
    private static final int MAX_LOCATE_ITERATIONS = 60;
    private static final double LOCATE_TOLERANCE = 1e-12;

    private final int d;
    private final int reservoirs;
    private final double tolerance;
    private final DormandPrince stepper;
    private final double[] trial;
    private final double[] hamiltonianScratch;
    private final double[] decayScratch;
    private final double[] slope;
    private final double[] hPsi;
    private final double[] kPsi;
    private final double[] other;
    /** The weight of each channel at a jump, grown to the most channels met. */
    private double[] weights = new double[0];
    private SampledGenerator generator;

    Walker(int d, int reservoirs, double tolerance) {
        this.d = d;
        this.reservoirs = reservoirs;
        this.tolerance = tolerance;
        int n = 2 * d + 1 + reservoirs;
        this.stepper = new DormandPrince(n);
        this.trial = new double[n];
        this.hamiltonianScratch = new double[2 * d * d];
        this.decayScratch = new double[2 * d * d];
        this.slope = new double[2 * d * d];
        this.hPsi = new double[2 * d];
        this.kPsi = new double[2 * d];
        this.other = new double[2 * d];
    }

    /** Moves the trajectory from the start to the end of the generator's current grid step. */
    void advance(Trajectory t, SampledGenerator g) {
        generator = g;
        double length = g.h;
        double[] z = t.z;
        double tau = 0.0;
        if (!(t.step > 0.0)) {
            t.step = length;
        }
        while (tau < length) {
            if (norm2(z) <= t.threshold) {
                jump(t, tau / length);
                continue;
            }
            double rest = length - tau;
            double h = Math.min(t.step, rest);
            boolean last = h >= rest * (1.0 - 1e-14);
            if (last) {
                h = rest;
            }
            double error = stepper.step(this, tau, z, h, tolerance, trial);
            if (!Double.isFinite(error)) {
                throw new SolverException("jumps solver: a trajectory became non-finite; the master equation is "
                        + "ill-posed or unstable");
            }
            double factor = error == 0.0 ? 5.0 : Math.min(5.0, Math.max(0.2, 0.9 * Math.pow(error, -0.2)));
            if (error > 1.0) {
                t.step = h * factor;
                if (t.step < MIN_RELATIVE_STEP * length) {
                    throw new SolverException("jumps solver: the step of a trajectory fell below "
                            + MIN_RELATIVE_STEP * length + " (tolerance " + tolerance + "); the equations may be "
                            + "stiff: try a looser tolerance or the lindblad solver");
                }
                continue;
            }
            if (norm2(trial) < t.threshold) {
                double fraction = locateJump(t, tau, h);
                System.arraycopy(trial, 0, z, 0, z.length);
                tau = fraction >= 1.0 ? length : tau + fraction * h;
                jump(t, tau / length);
            } else {
                System.arraycopy(trial, 0, z, 0, z.length);
                tau = last ? length : tau + h;
                t.step = h * factor;
            }
        }
    }

    /**
     * The fraction of the step [tau, tau + h] at which ||psi||^2 reaches the threshold, with {@code trial} holding
     * the state there.
     */
    private double locateJump(Trajectory t, double tau, double h) {
        double logThreshold = Math.log(t.threshold);
        double a = 0.0, fa = Math.log(norm2(t.z)) - logThreshold;
        double b = 1.0, fb = Math.log(norm2(trial)) - logThreshold;
        double x = 1.0;
        int side = 0;
        for (int i = 0; i < MAX_LOCATE_ITERATIONS && fa > 0.0 && b - a > LOCATE_TOLERANCE; i++) {
            x = (a * fb - b * fa) / (fb - fa);
            stepper.step(this, tau, t.z, x * h, tolerance, trial);
            double fx = Math.log(norm2(trial)) - logThreshold;
            if (Math.abs(fx) < LOCATE_TOLERANCE) {
                return x;
            }
            if (fx > 0.0) {
                a = x;
                fa = fx;
                if (side == 1) {
                    fb *= 0.5;
                }
                side = 1;
            } else {
                b = x;
                fb = fx;
                if (side == -1) {
                    fa *= 0.5;
                }
                side = -1;
            }
        }
        if (x != b) {
            stepper.step(this, tau, t.z, b * h, tolerance, trial);
        }
        return b;
    }

    /** A jump at fraction x of the grid step: draws the channel, applies it, books energy, heat and particles. */
    private void jump(Trajectory t, double x) {
        double[] z = t.z;
        double[] hamiltonian = generator.hamiltonian(x, hamiltonianScratch);
        double before = energy(hamiltonian, z);
        JumpChannel[] channels = generator.channels(x);
        if (weights.length < channels.length) {
            weights = new double[channels.length];
        }
        double total = 0.0;
        for (int k = 0; k < channels.length; k++) {
            weights[k] = channels[k].weight(z, other);
            total += weights[k];
        }
        if (total > 0.0) {
            double u = t.random.nextDouble() * total;
            JumpChannel chosen = null;
            for (int k = 0; k < channels.length; k++) {
                chosen = weights[k] > 0.0 ? channels[k] : chosen;
                u -= weights[k];
                if (u < 0.0 && weights[k] > 0.0) {
                    break;
                }
            }
            chosen.apply(z, other);
            System.arraycopy(other, 0, z, 0, 2 * d);
            t.z[t.workIndex() + 1 + chosen.reservoir] += energy(hamiltonian, z) - before;
            t.tallyHeat[chosen.reservoir] -= chosen.energy;
            t.tallyParticles[chosen.reservoir] -= chosen.particles;
            t.segmentParticles[chosen.reservoir] -= chosen.particles;
            t.tallyJumps++;
        }
        double scale = 1.0 / Math.sqrt(norm2(z));
        for (int k = 0; k < 2 * d; k++) {
            z[k] *= scale;
        }
        t.threshold = t.random.nextDouble();
    }

    @Override
    public void derivatives(double tau, double[] z, double[] dz) {
        SampledGenerator g = generator;
        double x = tau / g.h;
        multiply(g.hamiltonian(x, hamiltonianScratch), z, hPsi);
        double inverse = 1.0 / norm2(z);
        double e = dot(z, hPsi) * inverse;
        for (int i = 0; i < d; i++) {
            dz[2 * i] = hPsi[2 * i + 1];
            dz[2 * i + 1] = -hPsi[2 * i];
        }
        int w = 2 * d;
        if (g.moving) {
            g.slope(x, slope);
            multiply(slope, z, other);
            dz[w] = dot(z, other) * inverse;
        } else {
            dz[w] = 0.0;
        }
        for (int r = 0; r < reservoirs; r++) {
            if (!g.active(r)) {
                dz[w + 1 + r] = 0.0;
                continue;
            }
            multiply(g.decay(r, x, decayScratch), z, kPsi);
            for (int k = 0; k < 2 * d; k++) {
                dz[k] -= 0.5 * kPsi[k];
            }
            dz[w + 1 + r] = (dot(z, kPsi) * e - dot(kPsi, hPsi)) * inverse;
        }
    }

    /** &lt;H&gt; in the state psi at the start of z. */
    double energy(double[] hamiltonian, double[] z) {
        multiply(hamiltonian, z, hPsi);
        return dot(z, hPsi) / norm2(z);
    }

    /** out = M v for a dense interleaved d x d matrix M and the vector at the start of v. */
    private void multiply(double[] m, double[] v, double[] out) {
        for (int i = 0; i < d; i++) {
            double re = 0.0, im = 0.0;
            int row = 2 * i * d;
            for (int j = 0; j < d; j++) {
                double mr = m[row + 2 * j], mi = m[row + 2 * j + 1];
                double vr = v[2 * j], vi = v[2 * j + 1];
                re += mr * vr - mi * vi;
                im += mr * vi + mi * vr;
            }
            out[2 * i] = re;
            out[2 * i + 1] = im;
        }
    }

    /** Re &lt;u|v&gt; over the first 2d entries. */
    private double dot(double[] u, double[] v) {
        double s = 0.0;
        for (int k = 0; k < 2 * d; k++) {
            s += u[k] * v[k];
        }
        return s;
    }

    /** ||psi||^2 of the psi at the start of z. */
    private double norm2(double[] z) {
        return dot(z, z);
    }
}
