package org.szilard.kernel.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;

/** Q T Q^dagger = A with Q unitary and T upper triangular, for general, defective and Hermitian matrices. */
class ComplexSchurTest {

    private static ZMatrixRMaj matrix(Operator a) {
        ZMatrixRMaj m = new ZMatrixRMaj(a.dimension(), a.dimension());
        m.data = a.toInterleaved();
        return m;
    }

    private static void check(Operator a) {
        int n = a.dimension();
        ZMatrixRMaj input = matrix(a);
        ComplexSchur schur = ComplexSchur.of(input);
        ZMatrixRMaj t = schur.t();
        ZMatrixRMaj q = schur.q();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                assertEquals(0.0, Math.abs(t.getReal(i, j)) + Math.abs(t.getImag(i, j)), 0.0, "T(" + i + "," + j + ")");
            }
        }
        ZMatrixRMaj qt = new ZMatrixRMaj(n, n);
        ZMatrixRMaj back = new ZMatrixRMaj(n, n);
        CommonOps_ZDRM.mult(q, t, qt);
        CommonOps_ZDRM.multTransB(qt, q, back);
        CommonOps_ZDRM.subtract(back, input, back);
        double scale = Math.max(1.0, CommonOps_ZDRM.elementMaxAbs(input));
        assertTrue(CommonOps_ZDRM.elementMaxAbs(back) < 1e-13 * n * scale,
                "|QTQ^dag - A| = " + CommonOps_ZDRM.elementMaxAbs(back) + " at n = " + n);
        ZMatrixRMaj qq = new ZMatrixRMaj(n, n);
        CommonOps_ZDRM.multTransA(q, q, qq);
        for (int i = 0; i < n; i++) {
            qq.set(i, i, qq.getReal(i, i) - 1.0, qq.getImag(i, i));
        }
        assertTrue(CommonOps_ZDRM.elementMaxAbs(qq) < 1e-13 * n, "|Q^dag Q - 1| = " + CommonOps_ZDRM.elementMaxAbs(qq));
    }

    @Test
    void decomposesGeneralComplexMatrices() {
        Random random = new Random(11);
        for (int n : new int[] {1, 2, 3, 7, 40}) {
            check(Generators.random(n, random));
        }
    }

    @Test
    void decomposesHermitianAndDefectiveMatrices() {
        Random random = new Random(12);
        check(Generators.randomHermitian(30, random));
        // a Jordan block with eigenvalue 2 - 0.5 i and a nilpotent one: eigenvalues that are not simple
        Operator.Builder jordan = Operator.builder(6);
        for (int i = 0; i < 6; i++) {
            jordan.add(i, i, 2.0, -0.5);
            if (i + 1 < 6) {
                jordan.add(i, i + 1, 1.0);
            }
        }
        check(jordan.build());
        check(Operator.real(new double[][] {{0, 0}, {1, 0}}));
        // an effective Hamiltonian with a dark, degenerate sector
        check(Generators.xxzChain(4).plus(Generators.at(4, Generators.RAISE.times(Generators.LOWER), 0)
                .times(0.0, -0.3)));
    }

    @Test
    void keepsTheEigenvaluesOnTheDiagonal() {
        Operator a = Operator.complex(new double[][] {{1, 2}, {0, 3}}, new double[][] {{0, 0}, {0, -1}});
        ZMatrixRMaj t = ComplexSchur.of(matrix(a)).t();
        double[] first = {t.getReal(0, 0), t.getImag(0, 0)};
        double[] second = {t.getReal(1, 1), t.getImag(1, 1)};
        boolean ordered = Math.abs(first[0] - 1.0) < 1e-14;
        double[] one = ordered ? first : second;
        double[] other = ordered ? second : first;
        assertEquals(1.0, one[0], 1e-14);
        assertEquals(0.0, one[1], 1e-14);
        assertEquals(3.0, other[0], 1e-14);
        assertEquals(-1.0, other[1], 1e-14);
    }
}
