package org.szilard.kernel.steady;

import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.kernel.dynamics.ConstantGenerator;

/**
 * The steady state rho_ss of a time-independent Lindblad generator, L(rho_ss) = 0 with Tr rho_ss = 1, or a
 * {@link SteadyStateException} when it is not unique or cannot be trusted (never one picked at random).
 *
 * <p>Small systems (d^2 &lt;= {@value #DIRECT_LIMIT}) go to {@link DirectSteadyState} (the null space from a singular
 * value decomposition, which also counts the independent steady states); larger ones to
 * {@link IterativeSteadyState} (preconditioned GMRES, matrix-free, relative residual {@value #TOLERANCE}). A generator
 * without any jump (no reservoir acting) is rejected at once: every state diagonal in the energy basis is then
 * steady. The result is Hermitian by construction (it is assembled from {@link HermitianCoordinates}); its trace must
 * come out 1 within {@value #TRACE_TOLERANCE} before it is normalised exactly, and its smallest eigenvalue must be at
 * least -{@value #POSITIVITY_TOLERANCE}.
 */
public final class SteadyStateSolver {

    /** The largest d^2 solved by the direct method. */
    public static final int DIRECT_LIMIT = 400;
    /** The relative residual of the iterative method. */
    public static final double TOLERANCE = 1e-10;
    /** The largest allowed |Tr rho - 1| before normalisation. */
    public static final double TRACE_TOLERANCE = 1e-8;
    /** The most negative allowed eigenvalue of rho. */
    public static final double POSITIVITY_TOLERANCE = 1e-8;

    private final QuantumMath math;

    /** @param math for the eigenvalues of the result (and the iterative method's comparisons) */
    public SteadyStateSolver(QuantumMath math) {
        this.math = math;
    }

    /** Told how far a solve has come: a fraction from 0 to 1 and what is being done. */
    @FunctionalInterface
    public interface Progress {
        void progress(double fraction, String message);
    }

    /**
     * The steady state of the generator.
     *
     * @throws SteadyStateException when it is not unique, not resolved, not converged or not a density matrix
     */
    public SteadyState solve(ConstantGenerator generator) {
        return solve(generator, (fraction, message) -> { });
    }

    /**
     * The steady state of the generator, telling {@code progress} of the iterations of the iterative method.
     *
     * @throws SteadyStateException when it is not unique, not resolved, not converged or not a density matrix
     */
    public SteadyState solve(ConstantGenerator generator, Progress progress) {
        Liouvillian liouvillian = new Liouvillian(generator);
        int d = liouvillian.hilbertDimension();
        if (d == 1) {
            return new SteadyState(Operator.identity(1), new double[] {1.0});
        }
        if (!(liouvillian.meanDecayRate() > 0.0)) {
            throw new SteadyStateException("the steady state is not unique: no reservoir acts on the system (no jump"
                    + " operator), so every state diagonal in the energy eigenbasis is steady; attach a reservoir");
        }
        double[] x;
        try {
            x = liouvillian.size() <= DIRECT_LIMIT ? new DirectSteadyState().solve(liouvillian)
                    : new IterativeSteadyState(TOLERANCE, math).solve(liouvillian, progress);
        } catch (ArithmeticException e) {
            throw new SteadyStateException("the steady-state solver failed: " + e.getMessage());
        }
        return validated(d, x);
    }

    /** The density matrix with coordinates x, checked and normalised to trace 1, with its spectrum. */
    SteadyState validated(int d, double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new SteadyStateException("the steady state came out with a non-finite entry");
            }
        }
        double trace = HermitianCoordinates.trace(d, x);
        if (!(Math.abs(trace - 1.0) <= TRACE_TOLERANCE)) {
            throw new SteadyStateException("the steady state came out with trace " + trace + " (tolerance "
                    + TRACE_TOLERANCE + ")");
        }
        double[] normalised = x.clone();
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] /= trace;
        }
        Operator rho = HermitianCoordinates.operator(d, normalised);
        double[] spectrum = math.eigenvalues(rho);
        if (!(spectrum[0] >= -POSITIVITY_TOLERANCE)) {
            throw new SteadyStateException("the steady state has the negative eigenvalue " + spectrum[0]
                    + " (tolerance " + POSITIVITY_TOLERANCE + ")");
        }
        return new SteadyState(rho, spectrum);
    }
}
