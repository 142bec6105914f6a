package org.szilard.kernel.steady;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;

/** The coordinates are orthonormal: a round trip is exact and the Euclidean norm is the Frobenius norm. */
class HermitianCoordinatesTest {

    @Test
    void roundTripAndNorms() {
        int d = 5;
        Operator h = Generators.randomHermitian(d, new Random(3));
        double[] x = new double[d * d];
        HermitianCoordinates.fromMatrix(d, h.toInterleaved(), x);
        Operator back = HermitianCoordinates.operator(d, x);
        assertEquals(0.0, back.minus(h).maxAbs(), 1e-15);
        double norm = 0.0;
        for (double v : x) {
            norm += v * v;
        }
        assertEquals(h.traceOfProductRe(h), norm, 1e-12);
        assertEquals(h.traceRe(), HermitianCoordinates.trace(d, x), 1e-14);
        assertArrayEquals(Operator.identity(d).times(0.5).toInterleaved(),
                HermitianCoordinates.operator(d, HermitianCoordinates.identity(d, 0.5)).toInterleaved(), 0.0);
    }
}
