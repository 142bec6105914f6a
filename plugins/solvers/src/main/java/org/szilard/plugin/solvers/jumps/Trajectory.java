package org.szilard.plugin.solvers.jumps;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The state of one quantum-jump trajectory and its tally. The integrated vector z holds psi (unnormalised between
 * jumps: its squared norm is the probability of no jump so far), then the work done on the system and the energy
 * taken from each reservoir since the start of the current segment.
 */
final class Trajectory {

    final double weight;
    final SplittableRandom random;
    final double[] z;
    /** The squared norm of psi at which the next jump happens. */
    double threshold;
    /** The adaptive step size to try next. */
    double step;
    /** Particles taken from each reservoir since the segment start (counted at jumps). */
    final double[] segmentParticles;
    /** &lt;H&gt; at the end of the last segment propagated. */
    double energy;

    double tallyWork;
    final double[] tallyHeat;
    final double[] tallyParticles;
    int tallyJumps;
    double tallyInitialEnergy;

    Trajectory(double[] psi, double weight, SplittableRandom random, int reservoirs) {
        this.weight = weight;
        this.random = random;
        this.z = Arrays.copyOf(psi, psi.length + 1 + reservoirs);
        this.threshold = random.nextDouble();
        this.segmentParticles = new double[reservoirs];
        this.tallyHeat = new double[reservoirs];
        this.tallyParticles = new double[reservoirs];
    }

    /** The length 2d of psi in z. */
    int psiLength() {
        return z.length - 1 - segmentParticles.length;
    }

    /** Index in z of the work done on the system during the segment; the energy flows follow. */
    int workIndex() {
        return psiLength();
    }

    /** Starts the bookkeeping of a new segment, carrying the work of the last one into the tally. */
    void startSegment() {
        int w = workIndex();
        tallyWork += z[w];
        Arrays.fill(z, w, z.length, 0.0);
        Arrays.fill(segmentParticles, 0.0);
    }

    /** Zeroes the tally, with the energy {@code energy} as its initial energy. */
    void resetTally(double energy) {
        tallyWork = 0.0;
        Arrays.fill(tallyHeat, 0.0);
        Arrays.fill(tallyParticles, 0.0);
        tallyJumps = 0;
        tallyInitialEnergy = energy;
    }
}
