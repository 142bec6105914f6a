package org.szilard.plugin.solvers;

import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverException;
import org.szilard.api.solver.StepListener;

/**
 * Exact propagation of segments with a constant generator. The master equation is a real-linear map y -> dy/ds
 * that keeps the density matrix Hermitian; on the {@link HermitianCoordinates} of y (d^2 + k numbers, work and heat
 * included) it is a real matrix M, read off by applying the equation to the coordinate unit vectors. Over a segment
 * of duration T the state moves to exp(T M) y, computed by the kernel's Pade exponential, so rho, the work and the
 * heats come out exact to rounding. The propagator is kept per equation and duration ({@link PropagatorCache}):
 * later cycles of a cyclic protocol pay one matrix-vector product per segment. The density matrix in y is taken to
 * be Hermitian, as the engine keeps it: its upper triangle is read and the result is Hermitian to the last bit.
 *
 * <p>The listener sees the state once per segment, at its end: there are no intermediate steps. A segment whose
 * control moves (the generator depends on s) has no single propagator: it is integrated adaptively by Dormand-Prince
 * 8(5,3) to the solver's tolerance, as {@code lindblad} would. Refuses, with a {@link SolverException}, matrices with
 * more than {@value #MAX_SIZE} rows, whose exponential would take minutes and gigabytes.
 */
final class ExponentialSolver implements Solver {

    /**
     * The most rows of M, d^2 + k (k: the work plus heat and particle count per reservoir): d = 32 (five spins 1/2)
     * with up to 76 bookkeeping components. Near this size one propagator takes about 40 s on one core (a 5-site
     * chain between two baths) and a few hundred megabytes; the cost grows as the cube of the size.
     */
    static final int MAX_SIZE = 1100;

    private final QuantumMath math;
    private final PropagatorCache<double[]> propagators = new PropagatorCache<>();
    private final LindbladSolver moving;

    /** @param tolerance the error bound per step of the adaptive integration of segments whose control moves */
    ExponentialSolver(QuantumMath math, double tolerance) {
        this.math = math;
        this.moving = new LindbladSolver("exponential", tolerance, Double.POSITIVE_INFINITY);
    }

    @Override
    public void propagate(MasterEquation equation, double duration, double[] y, StepListener listener) {
        if (Segments.isEmpty(duration, y, listener)) {
            return;
        }
        if (!equation.isTimeIndependent()) {
            moving.propagate(equation, duration, y, listener);
            return;
        }
        HermitianCoordinates coordinates = new HermitianCoordinates(equation);
        int n = coordinates.size();
        if (n > MAX_SIZE) {
            throw new SolverException("exponential solver: the generator of this segment is a " + n + " x " + n
                    + " matrix (Hilbert-space dimension " + equation.hilbertDimension() + "), above the limit of "
                    + MAX_SIZE + " rows beyond which its exponential takes minutes and gigabytes; use the lindblad "
                    + "solver");
        }
        double[] propagator = propagators.get(equation, duration, () -> build(equation, coordinates, duration));
        double[] c = new double[n];
        coordinates.gather(y, c);
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                sum += propagator[row + j] * c[j];
            }
            next[i] = sum;
        }
        coordinates.scatter(next, y);
        listener.step(duration, y);
    }

    /** exp(T M) as a real row-major n x n array. */
    private double[] build(MasterEquation equation, HermitianCoordinates coordinates, double duration) {
        int n = coordinates.size();
        double[] y = new double[equation.dimension()];
        double[] yDot = new double[equation.dimension()];
        equation.derivatives(0.0, y, yDot);
        for (double v : yDot) {
            if (v != 0.0) {
                throw new SolverException("exponential solver: the master equation is not linear in the state "
                        + "(its derivative at the zero state is not zero); use the lindblad solver");
            }
        }
        double[] unit = new double[n];
        double[] column = new double[n];
        Operator.Builder generator = Operator.builder(n);
        for (int j = 0; j < n; j++) {
            unit[j] = 1.0;
            coordinates.scatter(unit, y);
            unit[j] = 0.0;
            equation.derivatives(0.0, y, yDot);
            coordinates.gather(yDot, column);
            for (int i = 0; i < n; i++) {
                if (column[i] != 0.0) {
                    generator.add(i, j, column[i]);
                }
            }
        }
        double[] entries = math.exponential(generator.build(), duration).toInterleaved();
        double[] propagator = new double[n * n];
        for (int k = 0; k < propagator.length; k++) {
            propagator[k] = entries[2 * k];
            if (!Double.isFinite(propagator[k])) {
                throw new SolverException("exponential solver: the propagator over a segment of duration " + duration
                        + " is not finite (the generator has growing modes); the master equation is ill-posed");
            }
        }
        return propagator;
    }
}
