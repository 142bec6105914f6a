package org.szilard.kernel.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TridiagonalQLTest {

    @Test
    void theParallelEigenvectorUpdatesGiveTheSerialResultToTheLastBit() {
        int n = TridiagonalQL.PARALLEL_FROM + 88;
        Random random = new Random(7);
        double[] diagonal = new double[n];
        double[] offDiagonal = new double[n];
        for (int i = 0; i < n; i++) {
            diagonal[i] = random.nextGaussian();
            // a few exact zeros split the matrix into blocks, as deflation does
            offDiagonal[i] = i % 97 == 0 ? 0.0 : random.nextGaussian();
        }
        double[] serialValues = diagonal.clone();
        double[] serialVectors = new double[n * n];
        TridiagonalQL.solve(serialValues, offDiagonal.clone(), serialVectors, n, false);
        double[] parallelValues = diagonal.clone();
        double[] parallelVectors = new double[n * n];
        TridiagonalQL.solve(parallelValues, offDiagonal.clone(), parallelVectors, n, true);
        assertArrayEquals(serialValues, parallelValues, 0.0);
        assertArrayEquals(serialVectors, parallelVectors, 0.0);

        // and they are eigenvectors: T z_j = lambda_j z_j (z_j is row j)
        double worst = 0.0;
        for (int j = 0; j < n; j += 37) {
            for (int k = 0; k < n; k++) {
                double tz = diagonal[k] * serialVectors[j * n + k];
                if (k > 0) {
                    tz += offDiagonal[k - 1] * serialVectors[j * n + k - 1];
                }
                if (k < n - 1) {
                    tz += offDiagonal[k] * serialVectors[j * n + k + 1];
                }
                worst = Math.max(worst, Math.abs(tz - serialValues[j] * serialVectors[j * n + k]));
            }
        }
        assertEquals(0.0, worst, 1e-12);
    }
}
