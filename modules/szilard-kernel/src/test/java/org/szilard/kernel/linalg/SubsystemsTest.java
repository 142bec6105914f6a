package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.szilard.kernel.linalg.TestMatrices.assertClose;
import static org.szilard.kernel.linalg.TestMatrices.kron;

class SubsystemsTest {

    private static final double TOL = 1e-12;
    private static final double H = Math.sqrt(0.5);

    private static ZMatrixRMaj bell() {
        return TestMatrices.pure(H, 0, 0, 0, 0, 0, H, 0);
    }

    @Test
    void bellStateReducesToMaximallyMixed() {
        ZMatrixRMaj half = TestMatrices.diag(0.5, 0.5);
        assertClose(half, Subsystems.partialTrace(bell(), new int[] {2, 2}, 0), TOL, "keep A");
        assertClose(half, Subsystems.partialTrace(bell(), new int[] {2, 2}, 1), TOL, "keep B");
        assertClose(bell(), Subsystems.partialTrace(bell(), new int[] {2, 2}, 1, 0), 0.0, "keep both");
        ZMatrixRMaj scalar = Subsystems.partialTrace(bell(), new int[] {2, 2});
        assertEquals(1, scalar.numRows);
        assertEquals(1.0, scalar.getReal(0, 0), TOL);
    }

    @Test
    void productStateKeepingEverySubsetInAnyOrder() {
        Random random = new Random(61);
        int[] dims = {2, 3, 4};
        ZMatrixRMaj[] parts = new ZMatrixRMaj[3];
        double[] traces = {1.0, 1.0, 2.0};
        for (int k = 0; k < 3; k++) {
            parts[k] = TestMatrices.randomDensity(dims[k], random);
            CommonOps_ZDRM.scale(traces[k], 0.0, parts[k]);
        }
        ZMatrixRMaj rho = kron(kron(parts[0], parts[1]), parts[2]);
        for (int mask = 0; mask < 8; mask++) {
            List<Integer> keep = new ArrayList<>();
            ZMatrixRMaj expected = null;
            double factor = 1.0;
            for (int k = 0; k < 3; k++) {
                if ((mask & (1 << k)) != 0) {
                    keep.add(k);
                    expected = expected == null ? parts[k].copy() : kron(expected, parts[k]);
                } else {
                    factor *= traces[k];
                }
            }
            if (expected == null) {
                expected = TestMatrices.diag(1.0);
            }
            CommonOps_ZDRM.scale(factor, 0.0, expected);
            for (int order = 0; order < 2; order++) {
                if (order == 1) {
                    Collections.reverse(keep);
                }
                int[] keepArray = keep.stream().mapToInt(Integer::intValue).toArray();
                assertClose(expected, Subsystems.partialTrace(rho, dims, keepArray), TOL, "keep " + keep);
            }
        }
    }

    @Test
    void partialTransposeOfBellStateHasEigenvalueMinusHalf() {
        DensityMatrices density = new DensityMatrices();
        HermitianEigen eigen = new HermitianEigen();
        for (int which = 0; which < 2; which++) {
            ZMatrixRMaj pt = Subsystems.partialTranspose(bell(), new int[] {2, 2}, which);
            eigen.decompose(pt, false);
            assertArrayEquals(new double[] {-0.5, 0.5, 0.5, 0.5}, eigen.eigenvalues(), TOL);
            assertEquals(-0.5, density.minEigenvalue(pt), TOL);
        }
    }

    @Test
    void partialTransposeOfProductAndFullTranspose() {
        Random random = new Random(67);
        int[] dims = {2, 3, 2};
        ZMatrixRMaj a = TestMatrices.randomDensity(2, random);
        ZMatrixRMaj b = TestMatrices.randomDensity(3, random);
        ZMatrixRMaj c = TestMatrices.randomDensity(2, random);
        ZMatrixRMaj rho = kron(kron(a, b), c);
        ZMatrixRMaj bT = new ZMatrixRMaj(3, 3);
        CommonOps_ZDRM.transpose(b, bT);
        assertClose(kron(kron(a, bT), c), Subsystems.partialTranspose(rho, dims, 1), 0.0, "T_B");
        ZMatrixRMaj aT = new ZMatrixRMaj(2, 2);
        CommonOps_ZDRM.transpose(a, aT);
        ZMatrixRMaj cT = new ZMatrixRMaj(2, 2);
        CommonOps_ZDRM.transpose(c, cT);
        assertClose(kron(kron(aT, b), cT), Subsystems.partialTranspose(rho, dims, 2, 0), 0.0, "T_AC");

        // on a generic (entangled) state: transposing every subsystem is the full transpose, twice is nothing
        ZMatrixRMaj generic = TestMatrices.randomDensity(12, random);
        ZMatrixRMaj full = new ZMatrixRMaj(12, 12);
        CommonOps_ZDRM.transpose(generic, full);
        assertClose(full, Subsystems.partialTranspose(generic, dims, 0, 1, 2), 0.0, "T_ABC");
        ZMatrixRMaj twice = Subsystems.partialTranspose(Subsystems.partialTranspose(generic, dims, 1), dims, 1);
        assertClose(generic, twice, 0.0, "T_B T_B");
        assertClose(generic, Subsystems.partialTranspose(generic, dims), 0.0, "none");
    }

    @Test
    void rejectsInconsistentArguments() {
        ZMatrixRMaj rho = bell();
        assertThrows(IllegalArgumentException.class, () -> Subsystems.partialTrace(rho, new int[] {2, 3}, 0));
        assertThrows(IllegalArgumentException.class, () -> Subsystems.partialTrace(rho, new int[] {2, 2}, 2));
        assertThrows(IllegalArgumentException.class, () -> Subsystems.partialTrace(rho, new int[] {2, 2}, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Subsystems.partialTranspose(rho, new int[] {4, 0}, 0));
        assertThrows(IllegalArgumentException.class, () -> Subsystems.partialTranspose(rho, new int[] {2, 2}, -1));
    }
}
