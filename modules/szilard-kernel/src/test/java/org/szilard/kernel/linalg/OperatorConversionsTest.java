package org.szilard.kernel.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;

/** Sparse operators reach the dense numerics with every zero written, and give what their dense twins give. */
class OperatorConversionsTest {

    @Test
    void sparseOperatorsConvertLikeDenseOnes() {
        Random random = new Random(3);
        Operator.Builder b = Operator.builder(20);
        for (int e = 0; e < 15; e++) {
            b.add(random.nextInt(20), random.nextInt(20), random.nextGaussian(), random.nextGaussian());
        }
        Operator a = b.build();
        assertTrue(a.isSparse());
        ZMatrixRMaj dirty = new ZMatrixRMaj(20, 20);
        java.util.Arrays.fill(dirty.data, 5.0);
        OperatorConversions.copyInto(a, dirty);
        assertArrayEquals(OperatorConversions.toMatrix(a.toDense()).data, dirty.data, 0.0);
        assertEquals(a, OperatorConversions.toOperator(dirty));
    }

    @Test
    void spectraOfSparseAndDenseStorageAgree() {
        Operator lower = Operator.builder(2).add(1, 0, 1.0).build();
        Operator x = lower.plus(lower.dagger());
        Operator h = x.kron(x).kron(Operator.identity(8)).plus(Operator.diagonal(
                java.util.stream.IntStream.range(0, 32).mapToDouble(i -> 0.1 * i).toArray()));
        assertTrue(h.isSparse());
        EjmlQuantumMath math = new EjmlQuantumMath();
        assertArrayEquals(math.eigenvalues(h.toDense()), math.eigenvalues(h), 0.0);
        assertEquals(math.vonNeumannEntropy(math.thermalState(h.toDense(), 0.7)),
                math.vonNeumannEntropy(math.thermalState(h, 0.7)), 1e-14);
    }
}
