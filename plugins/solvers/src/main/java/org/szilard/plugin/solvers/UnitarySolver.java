package org.szilard.plugin.solvers;

import java.util.Arrays;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverException;
import org.szilard.api.solver.StepListener;

/**
 * Closed systems: refuses a segment with a reservoir attached. Under a constant control the state moves exactly to
 * U rho U^dagger with U = exp(-i T H) from the kernel, kept per equation and duration ({@link PropagatorCache}); the
 * bookkeeping components do not change (no power flows at a constant control, no heat without reservoirs) and the
 * listener sees only the end of the segment. Under a moving control the master equation, work included, is
 * integrated by the adaptive Runge-Kutta method of the lindblad solver at this solver's (tight) tolerance, and the
 * listener sees every accepted step.
 */
final class UnitarySolver implements Solver {

    private final QuantumMath math;
    private final LindbladSolver moving;
    private final PropagatorCache<Rotation> rotations = new PropagatorCache<>();

    /**
     * @param tolerance the error bound per step under a moving control
     * @param maxStep the largest step under a moving control, in units of time (infinite: unlimited)
     */
    UnitarySolver(QuantumMath math, double tolerance, double maxStep) {
        this.math = math;
        this.moving = new LindbladSolver("unitary", tolerance, maxStep);
    }

    @Override
    public void propagate(MasterEquation equation, double duration, double[] y, StepListener listener) {
        if (Segments.isEmpty(duration, y, listener)) {
            return;
        }
        if (!equation.isClosed()) {
            throw new SolverException("unitary solver: reservoirs are attached in a segment of duration " + duration
                    + "; the unitary solver handles closed systems: use lindblad");
        }
        if (!equation.isTimeIndependent()) {
            moving.propagate(equation, duration, y, listener);
            return;
        }
        Rotation rotation = rotations.get(equation, duration, () -> {
            Operator u = math.unitaryPropagator(equation.hamiltonian(0.0), duration);
            return new Rotation(u, u.dagger());
        });
        int d = equation.hilbertDimension();
        HermitianCoordinates coordinates = new HermitianCoordinates(equation);
        Operator rho = Operator.wrap(d, Arrays.copyOf(y, 2 * d * d));
        rotation.u().times(rho).times(rotation.uDagger()).copyInto(y, 0);
        // keep rho Hermitian to the last bit: the upper triangle, mirrored
        double[] c = new double[coordinates.size()];
        coordinates.gather(y, c);
        coordinates.scatter(c, y);
        listener.step(duration, y);
    }

    /** The propagator of a constant segment and its adjoint. */
    private record Rotation(Operator u, Operator uDagger) {
    }
}
