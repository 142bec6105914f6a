package org.szilard.plugin.solvers.jumps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.SolverException;
import org.szilard.api.solver.StepListener;
import org.szilard.api.solver.TrajectorySolver;
import org.szilard.api.solver.TrajectoryTally;
import org.szilard.plugin.solvers.Segments;

/**
 * Quantum-jump (Monte Carlo wave-function) unravelling of the master equation: an ensemble of pure-state trajectories
 * ({@link Walker}) whose weighted mean |psi><psi| is the state written back at every point of a grid over the
 * segment ({@link SampledGenerator}: steps of at most {@code timeStep}; a constant segment is reported at no more
 * than {@value #CONSTANT_POINTS} points). The ensemble lives across segments: when a segment starts from the state
 * this solver wrote at the end of the last one, the same trajectories go on (a sudden change of the control between
 * the two adds &lt;H_new - H_old&gt; to each trajectory's work); otherwise a new ensemble is drawn from the state
 * ({@link InitialEnsemble}).
 *
 * <p>Bookkeeping in y, the kernel's layout: the work extracted is minus the mean work done on the trajectories, the
 * particles taken from reservoir r the mean count of its jumps' particles, and its heat the mean energy taken from it
 * (jumps and no-jump evolution, whose mean is Tr(H D_r(rho)) for any dissipator) less mu_r times those particles.
 * The first law of the mean state then holds to the integration tolerance, trajectory by trajectory. The tally
 * ({@link TrajectoryTally}) counts instead the heat of each jump as its Bohr energy, the heat of quantum-jump
 * thermodynamics; its mean is the same for global (Davies) dissipators.
 *
 * <p>Trajectory i of the k-th drawn ensemble has its own random stream, seeded from (seed, k, i); the trajectories
 * are split into at most {@value #CHUNKS} fixed contiguous chunks, each summed in trajectory order, the chunks summed
 * in order, so the numbers depend on the seed and not on the number of threads.
 */
final class JumpSolver implements TrajectorySolver {

    static final int CONSTANT_POINTS = 100;
    static final int CHUNKS = 64;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final QuantumMath math;
    private final int trajectories;
    private final long seed;
    private final double tolerance;
    private final double timeStep;
    private final int threads;
    private List<Trajectory> ensemble = List.of();
    private double[] written;
    private long draws;
    private boolean tallyPending = true;
    private int reservoirs;

    /**
     * @param trajectories the number of trajectories (at least 1)
     * @param seed the seed of the random streams
     * @param tolerance the relative and absolute error bound of each integration step
     * @param timeStep the largest grid step, on which a moving generator is sampled and the mean state reported
     * @param threads the number of threads (at least 1); does not change the results
     */
    JumpSolver(QuantumMath math, int trajectories, long seed, double tolerance, double timeStep, int threads) {
        if (trajectories < 1 || threads < 1 || !(timeStep > 0.0) || !(tolerance > 0.0)) {
            throw new IllegalArgumentException("jumps solver: trajectories " + trajectories + ", threads " + threads
                    + ", tolerance " + tolerance + ", timeStep " + timeStep);
        }
        this.math = math;
        this.trajectories = trajectories;
        this.seed = seed;
        this.tolerance = tolerance;
        this.timeStep = timeStep;
        this.threads = threads;
    }

    @Override
    public void startTally() {
        tallyPending = true;
    }

    @Override
    public TrajectoryTally tally() {
        int n = ensemble.size();
        double[] weights = new double[n], work = new double[n], initial = new double[n], last = new double[n];
        double[][] heat = new double[reservoirs][n], particles = new double[reservoirs][n];
        int[] jumps = new int[n];
        for (int i = 0; i < n; i++) {
            Trajectory t = ensemble.get(i);
            weights[i] = t.weight;
            work[i] = t.tallyWork + t.z[t.workIndex()];
            initial[i] = t.tallyInitialEnergy;
            last[i] = t.energy;
            jumps[i] = t.tallyJumps;
            for (int r = 0; r < reservoirs; r++) {
                heat[r][i] = t.tallyHeat[r];
                particles[r][i] = t.tallyParticles[r];
            }
        }
        return new TrajectoryTally(weights, work, heat, particles, jumps, initial, last);
    }

    @Override
    public void propagate(MasterEquation equation, double duration, double[] y, StepListener listener) {
        if (Segments.isEmpty(duration, y, listener)) {
            return;
        }
        if (equation.isCounterdiabatic()) {
            throw new SolverException("jumps solver: counterdiabatic strokes are not unravelled into trajectories "
                    + "(their work follows the kernel's counterdiabatic convention); use the lindblad solver");
        }
        int d = equation.hilbertDimension();
        int rhoLength = 2 * d * d;
        int extra = equation.dimension() - rhoLength - 2;
        if (extra < 0 || extra % 2 != 0) {
            throw new IllegalArgumentException("jumps solver: the state vector does not have the kernel's layout");
        }
        int steps = (int) Math.max(1, Math.ceil(duration / timeStep * (1.0 - 1e-12)));
        if (equation.isTimeIndependent()) {
            steps = Math.min(steps, CONSTANT_POINTS);
        }
        SampledGenerator generator = new SampledGenerator(equation, extra / 2, duration, steps);
        Walker energies = new Walker(d, extra / 2, tolerance);
        prepare(generator, y, equation.isClosed(), energies);
        double[] mu = new double[reservoirs];
        for (int r = 0; r < reservoirs; r++) {
            mu[r] = equation.chemicalPotential(r);
        }
        int chunks = Math.min(CHUNKS, ensemble.size());
        double[][] sums = new double[chunks][rhoLength + 1 + 2 * reservoirs];
        ThreadLocal<Walker> walkers = ThreadLocal.withInitial(() -> new Walker(d, reservoirs, tolerance));
        ExecutorService pool = threads > 1 && chunks > 1 ? Executors.newFixedThreadPool(threads, daemon()) : null;
        try {
            for (int n = 0; n < steps; n++) {
                generator.enter(n);
                runChunks(pool, chunks, c -> {
                    Walker walker = walkers.get();
                    Arrays.fill(sums[c], 0.0);
                    for (int i = first(c, chunks); i < first(c + 1, chunks); i++) {
                        Trajectory t = ensemble.get(i);
                        walker.advance(t, generator);
                        add(t, sums[c], d);
                    }
                });
                writeMean(sums, mu, y, d);
                listener.step(generator.time(n + 1), y);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        for (Trajectory t : ensemble) {
            t.energy = energies.energy(generator.endHamiltonian(), t.z);
        }
        written = Arrays.copyOf(y, rhoLength);
    }

    /**
     * Continues the ensemble when y holds the state this solver wrote last (adding each trajectory's quench work),
     * else draws a new one; starts the segment's bookkeeping and, when asked, a new tally. The walker only
     * evaluates energies.
     */
    private void prepare(SampledGenerator generator, double[] y, boolean closed, Walker walker) {
        int d = generator.d;
        int rhoLength = 2 * d * d;
        double[] hamiltonian = generator.startHamiltonian();
        boolean continuing = written != null && written.length == rhoLength && reservoirs == generator.reservoirs
                && Arrays.equals(written, 0, rhoLength, y, 0, rhoLength);
        if (!continuing) {
            reservoirs = generator.reservoirs;
            long draw = draws++;
            List<InitialEnsemble.Member> members = InitialEnsemble.of(
                    math.spectrum(Operator.wrap(d, Arrays.copyOf(y, rhoLength))), trajectories, closed);
            List<Trajectory> fresh = new ArrayList<>(members.size());
            for (int i = 0; i < members.size(); i++) {
                InitialEnsemble.Member m = members.get(i);
                Trajectory t = new Trajectory(m.psi(), m.weight(), new SplittableRandom(streamSeed(seed, draw, i)),
                        reservoirs);
                t.energy = walker.energy(hamiltonian, t.z);
                fresh.add(t);
            }
            ensemble = fresh;
            tallyPending = true;
        }
        for (Trajectory t : ensemble) {
            t.startSegment();
            if (tallyPending) {
                t.resetTally(t.energy);
            }
            t.tallyWork += walker.energy(hamiltonian, t.z) - t.energy;
        }
        tallyPending = false;
    }

    /** The index of the first trajectory of chunk c (c = chunks: one past the last). */
    private int first(int c, int chunks) {
        return (int) ((long) c * ensemble.size() / chunks);
    }

    /** Adds the trajectory's weighted |psi><psi| / ||psi||^2 and segment bookkeeping to a chunk's sums. */
    private void add(Trajectory t, double[] sum, int d) {
        double[] z = t.z;
        double norm = 0.0;
        for (int k = 0; k < 2 * d; k++) {
            norm += z[k] * z[k];
        }
        double w = t.weight / norm;
        for (int i = 0; i < d; i++) {
            double ar = z[2 * i], ai = z[2 * i + 1];
            int row = 2 * i * d;
            for (int j = 0; j < d; j++) {
                double br = z[2 * j], bi = z[2 * j + 1];
                sum[row + 2 * j] += w * (ar * br + ai * bi);
                sum[row + 2 * j + 1] += w * (ai * br - ar * bi);
            }
        }
        int base = 2 * d * d;
        int work = t.workIndex();
        sum[base] += t.weight * z[work];
        for (int r = 0; r < reservoirs; r++) {
            sum[base + 1 + r] += t.weight * z[work + 1 + r];
            sum[base + 1 + reservoirs + r] += t.weight * t.segmentParticles[r];
        }
    }

    /**
     * Writes the mean of the chunk sums into y: rho, the work extracted, no counterdiabatic cost, the heat and the
     * particles per reservoir.
     */
    private void writeMean(double[][] sums, double[] mu, double[] y, int d) {
        int rhoLength = 2 * d * d;
        Arrays.fill(y, 0, rhoLength, 0.0);
        double work = 0.0;
        double[] flow = new double[reservoirs], particles = new double[reservoirs];
        for (double[] sum : sums) {
            for (int k = 0; k < rhoLength; k++) {
                y[k] += sum[k];
            }
            work += sum[rhoLength];
            for (int r = 0; r < reservoirs; r++) {
                flow[r] += sum[rhoLength + 1 + r];
                particles[r] += sum[rhoLength + 1 + reservoirs + r];
            }
        }
        y[rhoLength] = -work;
        y[rhoLength + 1] = 0.0;
        for (int r = 0; r < reservoirs; r++) {
            y[rhoLength + 2 + r] = flow[r] - mu[r] * particles[r];
            y[rhoLength + 2 + reservoirs + r] = particles[r];
        }
    }

    /** A task over chunk c. */
    private interface ChunkTask {
        void run(int c);
    }

    /** Runs the task over every chunk, on the pool when there is one, and waits for all. */
    private static void runChunks(ExecutorService pool, int chunks, ChunkTask task) {
        if (pool == null) {
            for (int c = 0; c < chunks; c++) {
                task.run(c);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int chunk = c;
            futures.add(pool.submit(() -> task.run(chunk)));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new SolverException("jumps solver: a trajectory failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SolverException("jumps solver: interrupted", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread thread = new Thread(r, "szilard-jumps");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A seed for trajectory i of the k-th drawn ensemble: SplitMix64 finalisers of the combination. */
    static long streamSeed(long seed, long draw, int trajectory) {
        return mix(mix(seed + GOLDEN * (draw + 1)) + GOLDEN * (trajectory + 1L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
