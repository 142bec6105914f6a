package org.szilard.kernel.steady;

import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.solver.MasterEquation;
import org.szilard.kernel.dynamics.ConstantGenerator;

/**
 * A time-independent Lindblad generator seen as a real linear map x -&gt; L(x) on the {@link HermitianCoordinates} of
 * Hermitian matrices. The master equation is only ever applied to Hermitian matrices (it relies on rho H_eff^dag =
 * (H_eff rho)^dag); its bookkeeping components are left at zero and ignored. Work arrays are allocated once, so an
 * instance is for one thread.
 */
final class Liouvillian {

    private final MasterEquation equation;
    private final Operator effectiveHamiltonian;
    private final List<JumpOperator> jumps;
    private final int d;
    private final double[] state;
    private final double[] derivative;

    Liouvillian(ConstantGenerator generator) {
        this.equation = generator.equation();
        this.effectiveHamiltonian = generator.effectiveHamiltonian();
        this.jumps = generator.jumps();
        this.d = equation.hilbertDimension();
        this.state = new double[equation.dimension()];
        this.derivative = new double[equation.dimension()];
    }

    /** The Hilbert-space dimension d. */
    int hilbertDimension() {
        return d;
    }

    /** The number of real coordinates, d^2. */
    int size() {
        return HermitianCoordinates.size(d);
    }

    /** H_eff = H - (i/2) sum_k r_k L_k^dag L_k. */
    Operator effectiveHamiltonian() {
        return effectiveHamiltonian;
    }

    /** The jump operators with their rates. */
    List<JumpOperator> jumps() {
        return jumps;
    }

    /**
     * The mean decay rate (1/d) sum_k r_k Tr(L_k^dag L_k) = -(2/d) Im Tr H_eff: the natural scale of the dissipative
     * dynamics, zero exactly when no jump acts.
     */
    double meanDecayRate() {
        return -2.0 * effectiveHamiltonian.traceIm() / d;
    }

    /** out = L(x); out must not alias x. */
    void apply(double[] x, double[] out) {
        HermitianCoordinates.toMatrix(d, x, state);
        equation.derivatives(0.0, state, derivative);
        HermitianCoordinates.fromMatrix(d, derivative, out);
    }
}
