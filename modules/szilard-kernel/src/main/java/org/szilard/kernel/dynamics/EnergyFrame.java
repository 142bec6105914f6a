package org.szilard.kernel.dynamics;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.solver.StepListener;

/**
 * The energy eigenbasis of H at a constant control, in which a segment whose reservoirs are all global (Davies)
 * is integrated: there H is diagonal and every jump operator has one entry per transition, where in the substance's
 * basis they are dense (d^2 jumps of d^2 entries for a generic spectrum). The engine turns the density matrix into
 * this basis before the segment (rho -&gt; V^dag rho V) and back after it; solvers and listeners in between see the
 * frame's basis only through the step listener, which gets the state back in the substance's basis. Bookkeeping
 * components (work, heat, particles) are traces and do not change. Not thread safe.
 */
public final class EnergyFrame {

    private final int d;
    private final ZMatrixRMaj vectors;
    private final ZMatrixRMaj rho;
    private final ZMatrixRMaj half;
    private final ZMatrixRMaj result;

    EnergyFrame(Spectrum spectrum) {
        Operator v = spectrum.eigenvectors();
        this.d = v.dimension();
        this.vectors = new ZMatrixRMaj(d, d);
        v.copyInto(vectors.data, 0);
        this.rho = new ZMatrixRMaj(d, d);
        this.half = new ZMatrixRMaj(d, d);
        this.result = new ZMatrixRMaj(d, d);
    }

    /** Turns the density matrix at the start of y into the energy eigenbasis: rho -&gt; V^dag rho V. */
    public void enter(double[] y) {
        System.arraycopy(y, 0, rho.data, 0, 2 * d * d);
        CommonOps_ZDRM.multTransA(vectors, rho, half);
        CommonOps_ZDRM.mult(half, vectors, result);
        System.arraycopy(result.data, 0, y, 0, 2 * d * d);
    }

    /** Turns the density matrix at the start of y back into the substance's basis: rho -&gt; V rho V^dag. */
    public void leave(double[] y) {
        System.arraycopy(y, 0, rho.data, 0, 2 * d * d);
        CommonOps_ZDRM.mult(vectors, rho, half);
        CommonOps_ZDRM.multTransB(half, vectors, result);
        System.arraycopy(result.data, 0, y, 0, 2 * d * d);
    }

    /** A listener that hands {@code listener} each state with the density matrix in the substance's basis. */
    public StepListener outOf(StepListener listener) {
        return new StepListener() {
            private double[] copy;

            @Override
            public void step(double s, double[] y) {
                if (copy == null || copy.length != y.length) {
                    copy = new double[y.length];
                }
                System.arraycopy(y, 0, copy, 0, y.length);
                leave(copy);
                listener.step(s, copy);
            }
        };
    }
}
