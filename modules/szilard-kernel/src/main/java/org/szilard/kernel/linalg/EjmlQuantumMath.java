package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.operator.Spectrum;

/**
 * The kernel's {@link QuantumMath}, on EJML and Commons Math. Thread-safe: each thread gets its own work space
 * ({@link HermitianEigen}, {@link MatrixFunctions}, {@link DensityMatrices}), reused across its calls. Hermitian
 * arguments are taken through their Hermitian part (H + H^dagger)/2.
 */
public final class EjmlQuantumMath implements QuantumMath {

    /** Per-thread work space. */
    private static final class Workspace {
        final HermitianEigen eigen = new HermitianEigen();
        final MatrixFunctions functions = new MatrixFunctions(eigen);
        final DensityMatrices density = new DensityMatrices(functions);
        final ZMatrixRMaj first = new ZMatrixRMaj(1, 1);
        final ZMatrixRMaj second = new ZMatrixRMaj(1, 1);
    }

    private final ThreadLocal<Workspace> workspace = ThreadLocal.withInitial(Workspace::new);

    /** Creates the service; it holds no state but per-thread work space. */
    public EjmlQuantumMath() {
    }

    @Override
    public Spectrum spectrum(Operator hermitian) {
        Workspace w = workspace.get();
        w.eigen.decompose(OperatorConversions.copyInto(hermitian, w.first), true);
        return EjmlSpectrum.copyOf(w.eigen);
    }

    @Override
    public double[] eigenvalues(Operator hermitian) {
        Workspace w = workspace.get();
        w.eigen.decompose(OperatorConversions.copyInto(hermitian, w.first), false);
        return w.eigen.eigenvalues().clone();
    }

    @Override
    public Operator thermalState(Operator hamiltonian, double temperature) {
        Workspace w = workspace.get();
        ZMatrixRMaj h = OperatorConversions.copyInto(hamiltonian, w.first);
        return OperatorConversions.adopt(w.density.gibbsState(h, temperature, null));
    }

    @Override
    public double vonNeumannEntropy(Operator rho) {
        Workspace w = workspace.get();
        return w.density.vonNeumannEntropy(OperatorConversions.copyInto(rho, w.first));
    }

    @Override
    public double traceDistance(Operator a, Operator b) {
        Workspace w = workspace.get();
        return w.density.traceDistance(OperatorConversions.copyInto(a, w.first),
                OperatorConversions.copyInto(b, w.second));
    }

    @Override
    public double fidelity(Operator a, Operator b) {
        Workspace w = workspace.get();
        return w.density.fidelity(OperatorConversions.copyInto(a, w.first),
                OperatorConversions.copyInto(b, w.second));
    }

    @Override
    public Operator exponential(Operator generator, double t) {
        Workspace w = workspace.get();
        ZMatrixRMaj a = OperatorConversions.copyInto(generator, w.first);
        CommonOps_ZDRM.scale(t, 0.0, a);
        return OperatorConversions.adopt(w.functions.exp(a, null));
    }

    @Override
    public Operator unitaryPropagator(Operator hamiltonian, double t) {
        Workspace w = workspace.get();
        return OperatorConversions.adopt(
                w.functions.propagator(OperatorConversions.copyInto(hamiltonian, w.first), t, null));
    }

    @Override
    public Operator partialTrace(Operator rho, int[] dimensions, int... keep) {
        Workspace w = workspace.get();
        return OperatorConversions.adopt(
                Subsystems.partialTrace(OperatorConversions.copyInto(rho, w.first), dimensions, keep));
    }

    @Override
    public Operator partialTranspose(Operator rho, int[] dimensions, int... transposed) {
        Workspace w = workspace.get();
        return OperatorConversions.adopt(
                Subsystems.partialTranspose(OperatorConversions.copyInto(rho, w.first), dimensions, transposed));
    }
}
