package org.szilard.plugin.solvers;

import java.util.function.Consumer;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverException;
import org.szilard.api.solver.StepListener;

/**
 * Exact propagation of segments with a constant generator. The master equation is a real-linear map y -> dy/ds
 * that keeps the density matrix Hermitian; on the {@link HermitianCoordinates} of y (d^2 + k numbers, work and heat
 * included) it is a real matrix M, read off by applying the equation to the coordinate unit vectors. Over a segment
 * of duration T the state moves to exp(T M) y, computed by the kernel's Pade exponential block by invariant block
 * ({@link BlockPropagator}), so rho, the work and the heats come out exact to rounding. The propagator is kept per
 * equation and duration ({@link PropagatorCache}): later cycles of a cyclic protocol pay one matrix-vector product
 * per segment. The density matrix in y is taken to be Hermitian, as the engine keeps it: its upper triangle is read
 * and the result is Hermitian to the last bit.
 *
 * <p>The listener sees the state once per segment, at its end: there are no intermediate steps. A segment whose
 * control moves (the generator depends on s) has no exponential: it is integrated adaptively by Dormand-Prince
 * 8(5,3) to the solver's tolerance, as {@code lindblad} would, and the listener sees every step. Its propagator is
 * still linear and the same in every cycle: once a cyclic protocol has integrated the segment as many times as there
 * are density-matrix coordinates (d^2), the propagator is integrated column by column (the same integrator and
 * tolerance on each unit coordinate vector) and applied from then on, so a long run of finite-time strokes costs one
 * matrix-vector product per stroke, and a short one at most twice what integrating every stroke would. Refuses, with
 * a {@link SolverException}, invariant blocks of more than {@value #MAX_SIZE} rows, whose exponential would take
 * minutes and gigabytes, and, before any work, generators of more than {@value #MAX_COORDINATES} coordinates, whose
 * reading alone costs as many evaluations.
 */
final class ExponentialSolver implements Solver {

    /**
     * The most rows of M, d^2 + k (k: the work plus heat and particle count per reservoir): d = 32 (five spins 1/2)
     * with up to 76 bookkeeping components. Near this size one propagator takes about 40 s on one core (a 5-site
     * chain between two baths) and a few hundred megabytes; the cost grows as the cube of the size.
     */
    static final int MAX_SIZE = 1100;

    /** The most coordinates d^2 + k read off the equation (d = 128): one evaluation each. */
    static final int MAX_COORDINATES = 16_500;

    private final QuantumMath math;
    private final PropagatorCache<BlockPropagator> propagators = new PropagatorCache<>();
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
        HermitianCoordinates coordinates = new HermitianCoordinates(equation);
        int n = coordinates.size();
        if (!equation.isTimeIndependent()) {
            int stateCoordinates = equation.hilbertDimension() * equation.hilbertDimension();
            BlockPropagator integrated = n > MAX_SIZE ? null
                    : propagators.get(equation, duration, stateCoordinates, () -> integrate(equation, coordinates,
                            duration));
            if (integrated == null) {
                moving.propagate(equation, duration, y, listener);
            } else {
                apply(integrated, coordinates, y, listener, duration);
            }
            return;
        }
        if (n > MAX_COORDINATES) {
            throw new SolverException("exponential solver: the generator of this segment acts on " + n
                    + " coordinates (Hilbert-space dimension " + equation.hilbertDimension() + "), above the limit of "
                    + MAX_COORDINATES + " beyond which reading it off the equation alone takes too long; use the "
                    + "lindblad solver");
        }
        apply(propagators.get(equation, duration, () -> build(equation, coordinates, duration)), coordinates, y,
                listener, duration);
    }

    private static void apply(BlockPropagator propagator, HermitianCoordinates coordinates, double[] y,
                              StepListener listener, double duration) {
        double[] c = new double[coordinates.size()];
        coordinates.gather(y, c);
        double[] next = new double[c.length];
        propagator.apply(c, next);
        coordinates.scatter(next, y);
        listener.step(duration, y);
    }

    /** exp(T M), M read off the equation column by column, split into its invariant blocks. */
    private BlockPropagator build(MasterEquation equation, HermitianCoordinates coordinates, double duration) {
        checkLinear(equation, 0.0);
        double[] yDot = new double[equation.dimension()];
        Columns generator = Columns.of(coordinates, equation.dimension(), y -> {
            equation.derivatives(0.0, y, yDot);
            System.arraycopy(yDot, 0, y, 0, y.length);
        });
        return BlockPropagator.of(generator.rows(), generator.values(), bookkeeping(equation), duration, math,
                MAX_SIZE);
    }

    /** The propagator of a moving segment, each column integrated from a unit coordinate vector. */
    private BlockPropagator integrate(MasterEquation equation, HermitianCoordinates coordinates, double duration) {
        checkLinear(equation, 0.0);
        checkLinear(equation, duration);
        StepListener unseen = (s, state) -> { };
        Columns propagator = Columns.of(coordinates, equation.dimension(),
                y -> moving.propagate(equation, duration, y, unseen));
        return BlockPropagator.ofColumns(propagator.rows(), propagator.values(), bookkeeping(equation));
    }

    /** The number of bookkeeping components of the equation's state: work, heats, particle counts. */
    private static int bookkeeping(MasterEquation equation) {
        return equation.dimension() - 2 * equation.hilbertDimension() * equation.hilbertDimension();
    }

    /** Refuses an equation whose derivative at the zero state is not zero at time s: it has no propagator. */
    private static void checkLinear(MasterEquation equation, double s) {
        double[] y = new double[equation.dimension()];
        double[] yDot = new double[equation.dimension()];
        equation.derivatives(s, y, yDot);
        for (double v : yDot) {
            if (v != 0.0) {
                throw new SolverException("exponential solver: the master equation is not linear in the state "
                        + "(its derivative at the zero state is not zero); use the lindblad solver");
            }
        }
    }

    /**
     * The sparse columns of a real-linear map on {@link HermitianCoordinates}: column j holds the coordinates of the
     * map's image of the j-th unit coordinate vector.
     *
     * @param rows   per column, the rows of its non-zero entries
     * @param values per column, those entries
     */
    private record Columns(int[][] rows, double[][] values) {

        /**
         * @param length the length of the state vectors the map works on
         * @param map    replaces a state vector by its image
         */
        static Columns of(HermitianCoordinates coordinates, int length, Consumer<double[]> map) {
            int n = coordinates.size();
            double[] y = new double[length];
            double[] unit = new double[n];
            double[] column = new double[n];
            int[][] rows = new int[n][];
            double[][] values = new double[n][];
            for (int j = 0; j < n; j++) {
                unit[j] = 1.0;
                coordinates.scatter(unit, y);
                unit[j] = 0.0;
                map.accept(y);
                coordinates.gather(y, column);
                int count = 0;
                for (double v : column) {
                    count += v != 0.0 ? 1 : 0;
                }
                rows[j] = new int[count];
                values[j] = new double[count];
                for (int i = 0, p = 0; i < n; i++) {
                    if (column[i] != 0.0) {
                        rows[j][p] = i;
                        values[j][p++] = column[i];
                    }
                }
            }
            return new Columns(rows, values);
        }
    }
}
