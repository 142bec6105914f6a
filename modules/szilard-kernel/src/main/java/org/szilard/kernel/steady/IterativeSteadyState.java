package org.szilard.kernel.steady;

import java.util.Random;
import org.szilard.api.operator.QuantumMath;

/**
 * The steady state of a large Liouvillian, matrix-free: never forms a d^2 x d^2 matrix.
 *
 * <p>The singular system L(rho) = 0, Tr rho = 1 becomes the regular one A(x) = L(x) + beta (Tr x) 1 = beta 1 with
 * beta = gamma / d, gamma the mean decay rate: taking the trace of A(x) = 0 gives Tr x = 0 (L preserves the trace),
 * then L(x) = 0, so A is invertible exactly when the steady state is unique, and A(rho_ss) = beta 1. It is solved by
 * restarted {@link Gmres} to the relative residual |beta 1 - A(x)| &lt;= tolerance |beta 1| (Frobenius norms), so
 * |L(rho)| is of order tolerance times gamma / sqrt(d), right-preconditioned by {@link SchurPreconditioner} (exact
 * for the coherent part, the decay and the population jumps in the Schur basis of H_eff; shift {@value #SHIFT}
 * gamma). Iterations measured on XXZ chains (couplings 1, field 1) with baths on the two end sites: with global
 * (Davies) baths of coupling 0.5, 6 at d = 64; with local baths of coupling g, 15 (d = 64) and 18 (d = 256) for
 * g = 0.02, 62 and 92 for g = 0.5, 237 and 426 for g = 2. The preconditioner is the better the weaker the
 * dissipation against the coherent couplings; far into the opposite (Zeno) regime, which lies outside the
 * weak-coupling derivation of such master equations, GMRES may not converge within {@value #MAX_ITERATIONS}
 * iterations, and that is reported.
 *
 * <p>Uniqueness cannot be read off an iterative solve, so there are two: from the maximally mixed state, and from its
 * result moved by a seeded random traceless Hermitian perturbation of Frobenius norm {@value #PERTURBATION}, which
 * spares the second solve a quarter of its iterations (70 instead of 95 on an 8-site chain with local baths). Were
 * the steady state not unique, A would be singular, and the two results would keep different components along the
 * extra steady states (GMRES minimises a residual that does not see them), of the order of the perturbation; they
 * must agree within {@value #AGREEMENT} in trace distance. A solve that does not converge within
 * {@value #MAX_ITERATIONS} iterations is reported with the residual reached. The Krylov basis holds at most
 * {@value #RESTART} vectors of d^2
 * reals, fewer when that would take more than a quarter of the largest heap (a fixed 128 MB allowed a restart every
 * 15 iterations only at d = 1024).
 */
final class IterativeSteadyState {

    /** The preconditioner's shift into the stable half-plane, relative to the mean decay rate. */
    static final double SHIFT = 1e-3;
    /** The size of the perturbation that starts the second solve, a thousand times the agreement required. */
    static final double PERTURBATION = 1e-3;
    /** The largest trace distance allowed between the two solves. */
    static final double AGREEMENT = 1e-6;
    /** The most GMRES iterations per solve. */
    static final int MAX_ITERATIONS = 1000;
    /** The Krylov dimension before a restart (when memory allows). */
    static final int RESTART = 100;
    /** The most reals kept in the Krylov basis: a quarter of the largest heap. */
    private static final long BASIS_BUDGET = Runtime.getRuntime().maxMemory() / 4 / Double.BYTES;
    private static final long SEED = 20240611L;

    private final double tolerance;
    private final QuantumMath math;

    /**
     * @param tolerance the relative residual to reach
     * @param math for the trace distance between the two solves
     */
    IterativeSteadyState(double tolerance, QuantumMath math) {
        this.tolerance = tolerance;
        this.math = math;
    }

    /** The coordinates of the steady state, with trace 1 up to the tolerance. */
    double[] solve(Liouvillian liouvillian) {
        return solve(liouvillian, (fraction, message) -> { });
    }

    /**
     * The coordinates of the steady state, telling {@code progress} of every GMRES iteration: each of the two solves
     * is half of the way, and within one the fraction done is how far the residual has come down towards the
     * tolerance on a logarithmic scale.
     */
    double[] solve(Liouvillian liouvillian, SteadyStateSolver.Progress progress) {
        int d = liouvillian.hilbertDimension();
        int n = liouvillian.size();
        double gamma = liouvillian.meanDecayRate();
        double border = gamma / d;
        SchurPreconditioner preconditioner = new SchurPreconditioner(liouvillian.effectiveHamiltonian(),
                liouvillian.jumps(), SHIFT * gamma, border);
        Gmres.LinearMap bordered = (x, out) -> {
            liouvillian.apply(x, out);
            double trace = HermitianCoordinates.trace(d, x);
            for (int i = 0; i < d; i++) {
                out[i] += border * trace;
            }
        };
        double[] rhs = HermitianCoordinates.identity(d, border);
        int restart = (int) Math.max(5, Math.min(RESTART, BASIS_BUDGET / n - 1));
        Gmres gmres = new Gmres(n, restart, MAX_ITERATIONS);
        double[] first = HermitianCoordinates.identity(d, 1.0 / d);
        run(gmres, bordered, preconditioner, rhs, first, "from the maximally mixed state", 0, progress);
        double[] second = perturbed(first);
        run(gmres, bordered, preconditioner, rhs, second, "from a perturbed solution", 1, progress);
        double distance = math.traceDistance(HermitianCoordinates.operator(d, first),
                HermitianCoordinates.operator(d, second));
        if (!(distance <= AGREEMENT)) {
            throw new SteadyStateException("the steady state is not unique: two iterative solves from different"
                    + " starting states ended " + distance + " apart in trace distance (allowed " + AGREEMENT
                    + "), so the dynamics splits into sectors that exchange nothing or nearly nothing; break the"
                    + " symmetry, e.g. attach a reservoir that connects the sectors");
        }
        return first;
    }

    private void run(Gmres gmres, Gmres.LinearMap a, SchurPreconditioner preconditioner, double[] rhs,
                     double[] x, String start, int solve, SteadyStateSolver.Progress progress) {
        double logTolerance = Math.log(tolerance);
        Gmres.Result result = gmres.solve(a, preconditioner::apply, rhs, x, tolerance, (iterations, residual) -> {
            double done = Math.min(1.0, Math.max(0.0, Math.log(residual) / logTolerance));
            progress.progress((solve + done) / 2, "steady state: solve " + (solve + 1) + " of 2, iteration "
                    + iterations + ", residual " + String.format("%.1e", residual));
        });
        if (!result.converged()) {
            throw new SteadyStateException("the iterative steady-state solve " + start + " did not converge: relative"
                    + " residual " + result.residual() + " after " + result.iterations() + " iterations (tolerance "
                    + tolerance + "); a nearly non-unique steady state (sectors that hardly exchange anything) also"
                    + " shows up like this");
        }
    }

    /**
     * x plus a seeded random traceless Hermitian perturbation of Frobenius norm {@value #PERTURBATION}, in
     * {@link HermitianCoordinates} (the d diagonal entries first, whose sum is the trace; the coordinates are
     * orthonormal, so their Euclidean norm is the Frobenius norm).
     */
    private static double[] perturbed(double[] x) {
        int d = (int) Math.round(Math.sqrt(x.length));
        Random random = new Random(SEED);
        double[] p = new double[x.length];
        double mean = 0.0;
        for (int i = 0; i < d; i++) {
            p[i] = random.nextDouble() - 0.5;
            mean += p[i] / d;
        }
        double norm = 0.0;
        for (int k = 0; k < p.length; k++) {
            p[k] = k < d ? p[k] - mean : random.nextDouble() - 0.5;
            norm += p[k] * p[k];
        }
        double scale = PERTURBATION / Math.sqrt(norm);
        double[] start = x.clone();
        for (int k = 0; k < p.length; k++) {
            start[k] += scale * p[k];
        }
        return start;
    }
}
