package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.Spectrum;

import java.util.Arrays;

/**
 * An immutable, thread-safe {@link Spectrum}: eigenvalues (increasing) and the unitary of eigenvectors (columns),
 * copied out of a {@link HermitianEigen}.
 */
public final class EjmlSpectrum implements Spectrum {

    private final double[] energies;
    private final ZMatrixRMaj vectors;

    private EjmlSpectrum(double[] energies, ZMatrixRMaj vectors) {
        this.energies = energies;
        this.vectors = vectors;
    }

    /** A copy of the last decomposition of {@code eigen}, which must have computed eigenvectors. */
    public static EjmlSpectrum copyOf(HermitianEigen eigen) {
        ZMatrixRMaj v = eigen.eigenvectors();
        int n = eigen.dimension();
        ZMatrixRMaj copy = new ZMatrixRMaj(n, n);
        System.arraycopy(v.data, 0, copy.data, 0, 2 * n * n);
        return new EjmlSpectrum(eigen.eigenvalues().clone(), copy);
    }

    @Override
    public int dimension() {
        return energies.length;
    }

    @Override
    public double energy(int a) {
        return energies[a];
    }

    @Override
    public double[] energies() {
        return energies.clone();
    }

    @Override
    public Operator eigenvectors() {
        return OperatorConversions.toOperator(vectors);
    }

    /** A copy of the eigenvector matrix V as an EJML matrix. */
    public ZMatrixRMaj eigenvectorMatrix() {
        return vectors.copy();
    }

    @Override
    public Operator toEigenbasis(Operator a) {
        ZMatrixRMaj m = matrix(a);
        ZMatrixRMaj tmp = new ZMatrixRMaj(dimension(), dimension());
        CommonOps_ZDRM.multTransA(vectors, m, tmp);
        CommonOps_ZDRM.mult(tmp, vectors, m);
        return OperatorConversions.adopt(m);
    }

    @Override
    public Operator fromEigenbasis(Operator x) {
        ZMatrixRMaj m = matrix(x);
        ZMatrixRMaj tmp = new ZMatrixRMaj(dimension(), dimension());
        CommonOps_ZDRM.mult(vectors, m, tmp);
        CommonOps_ZDRM.multTransB(tmp, vectors, m);
        return OperatorConversions.adopt(m);
    }

    private ZMatrixRMaj matrix(Operator a) {
        if (a.dimension() != dimension()) {
            throw new IllegalArgumentException("dimension mismatch: " + a.dimension() + " vs " + dimension());
        }
        return OperatorConversions.toMatrix(a);
    }

    @Override
    public String toString() {
        return "EjmlSpectrum" + Arrays.toString(energies);
    }
}
