package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.kernel.linalg.TestMatrices.eigenResidual;

class HermitianEigenTest {

    private static final double TOL = 1e-12;

    @Test
    void pauliMatrices() {
        HermitianEigen eigen = new HermitianEigen();
        for (ZMatrixRMaj s : new ZMatrixRMaj[] {TestMatrices.sigmaX(), TestMatrices.sigmaY(), TestMatrices.sigmaZ()}) {
            eigen.decompose(s);
            assertArrayEquals(new double[] {-1, 1}, eigen.eigenvalues(), TOL);
            assertTrue(eigenResidual(s, eigen) < TOL);
        }
    }

    @Test
    void spinOperatorsHaveEigenvaluesM() {
        HermitianEigen eigen = new HermitianEigen();
        Random random = new Random(11);
        for (int twoJ = 1; twoJ <= 12; twoJ++) {
            double j = twoJ / 2.0;
            double[] expected = new double[twoJ + 1];
            for (int k = 0; k <= twoJ; k++) {
                expected[k] = -j + k;
            }
            ZMatrixRMaj[] spin = TestMatrices.spin(twoJ);
            // n.J along a random direction has the same spectrum
            double nx = random.nextGaussian();
            double ny = random.nextGaussian();
            double nz = random.nextGaussian();
            double norm = Math.sqrt(nx * nx + ny * ny + nz * nz);
            ZMatrixRMaj nj = TestMatrices.combine(nx / norm, spin[0], ny / norm, spin[1], nz / norm, spin[2]);
            for (ZMatrixRMaj op : new ZMatrixRMaj[] {spin[0], spin[1], spin[2], nj}) {
                eigen.decompose(op);
                assertArrayEquals(expected, eigen.eigenvalues(), TOL, "2j = " + twoJ);
                assertTrue(eigenResidual(op, eigen) < TOL, "2j = " + twoJ);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 7, 64, 256})
    void randomHermitianWithKnownSpectrum(int d) {
        Random random = new Random(1000 + d);
        double[] energies = new double[d];
        for (int a = 0; a < d; a++) {
            energies[a] = 4 * random.nextDouble() - 2;
        }
        ZMatrixRMaj h = TestMatrices.rotate(TestMatrices.randomUnitary(d, random), energies);
        Arrays.sort(energies);
        HermitianEigen eigen = new HermitianEigen();
        eigen.decompose(h);
        assertArrayEquals(energies, eigen.eigenvalues(), TOL);
        double residual = eigenResidual(h, eigen);
        assertTrue(residual < TOL, "residual " + residual);
        // values-only path gives the same eigenvalues
        eigen.decompose(h, false);
        assertArrayEquals(energies, eigen.eigenvalues(), TOL);
        assertThrows(IllegalStateException.class, eigen::eigenvectors);
    }

    @Test
    void largestSupportedDimension() {
        int d = TridiagonalQL.PARALLEL_FROM; // also the parallel updates of the eigenvectors
        ZMatrixRMaj h = TestMatrices.randomHermitian(d, new Random(512), 1.0);
        HermitianEigen eigen = new HermitianEigen();
        eigen.decompose(h);
        assertTrue(eigenResidual(h, eigen) < TOL);
        // invariants: Tr H = sum E, Tr H^2 = sum E^2
        double trace = 0;
        double frobenius = 0;
        for (int k = 0; k < h.data.length; k += 2) {
            frobenius += h.data[k] * h.data[k] + h.data[k + 1] * h.data[k + 1];
        }
        for (int i = 0; i < d; i++) {
            trace += h.getReal(i, i);
        }
        double sum = 0;
        double sumSquares = 0;
        for (double e : eigen.eigenvalues()) {
            sum += e;
            sumSquares += e * e;
        }
        assertEquals(trace, sum, TOL * d);
        assertEquals(frobenius, sumSquares, TOL * frobenius);
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() throws Exception {
        int d = HouseholderTridiagonal.PARALLEL_FROM + 100; // the reduction and Q in parallel (the QL: its own test)
        ZMatrixRMaj h = TestMatrices.randomHermitian(d, new Random(99), 1.0);
        HermitianEigen common = new HermitianEigen();
        common.decompose(h);
        HermitianEigen single = new HermitianEigen();
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            one.submit(() -> single.decompose(h)).get();
        } finally {
            one.shutdown();
        }
        assertArrayEquals(common.eigenvalues(), single.eigenvalues(), 0.0);
        assertArrayEquals(common.eigenvectors().data, single.eigenvectors().data, 0.0);
        assertTrue(eigenResidual(h, common) < TOL);
    }

    @Test
    void degenerateSpectrumRotated() {
        Random random = new Random(5);
        HermitianEigen eigen = new HermitianEigen();
        double[] energies = {1, 1, 1, 2, 2};
        for (int trial = 0; trial < 5; trial++) {
            ZMatrixRMaj h = TestMatrices.rotate(TestMatrices.randomUnitary(5, random), energies);
            eigen.decompose(h);
            assertArrayEquals(energies, eigen.eigenvalues(), TOL);
            assertTrue(eigenResidual(h, eigen) < TOL);
        }
        // a larger space with high multiplicities, including an exactly zero level
        double[] levels = new double[48];
        for (int a = 0; a < levels.length; a++) {
            levels[a] = (a % 4) - 1.0;
        }
        ZMatrixRMaj h = TestMatrices.rotate(TestMatrices.randomUnitary(levels.length, random), levels);
        eigen.decompose(h);
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, eigen.eigenvalues(), TOL);
        assertTrue(eigenResidual(h, eigen) < TOL);
    }

    /**
     * Clusters of eigenvalues a few ulps apart inside a wide spectrum, the kind of density matrix a relaxing spin
     * chain passes through (Commons Math's tridiagonal solver gave up on such states at d = 256).
     */
    @Test
    void tightClustersAtDimension256() {
        Random random = new Random(11);
        double[] levels = new double[256];
        for (int a = 0; a < levels.length; a++) {
            levels[a] = Math.exp(-0.05 * (a / 8)) * 1e-2 + (a % 8) * 1e-15;
        }
        ZMatrixRMaj h = TestMatrices.rotate(TestMatrices.randomUnitary(levels.length, random), levels);
        HermitianEigen eigen = new HermitianEigen();
        eigen.decompose(h);
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, eigen.eigenvalues(), TOL);
        assertTrue(eigenResidual(h, eigen) < TOL);
    }

    @Test
    void diagonalAndTrivialInputs() {
        HermitianEigen eigen = new HermitianEigen();
        ZMatrixRMaj one = TestMatrices.diag(-3.5);
        eigen.decompose(one);
        assertEquals(-3.5, eigen.eigenvalue(0));
        assertEquals(1.0, eigen.eigenvectors().getReal(0, 0));

        ZMatrixRMaj diagonal = TestMatrices.diag(3, -1, 2, -1, 0, 3, 7);
        eigen.decompose(diagonal);
        assertArrayEquals(new double[] {-1, -1, 0, 2, 3, 3, 7}, eigen.eigenvalues(), 0.0);
        assertTrue(eigenResidual(diagonal, eigen) < TOL);

        ZMatrixRMaj zero = new ZMatrixRMaj(4, 4);
        eigen.decompose(zero);
        assertArrayEquals(new double[4], eigen.eigenvalues(), 0.0);
        assertTrue(eigenResidual(zero, eigen) < TOL);

        ZMatrixRMaj twoByTwo = TestMatrices.of(new double[][] {{1, 2}, {2, -1}}, new double[][] {{0, 1}, {-1, 0}});
        eigen.decompose(twoByTwo);
        double r = Math.sqrt(1 + 5);
        assertArrayEquals(new double[] {-r, r}, eigen.eigenvalues(), TOL);
        assertTrue(eigenResidual(twoByTwo, eigen) < TOL);
    }

    @Test
    void diagonalInputsSkipTheReductionWithoutDisturbingTheNextFullOne() {
        HermitianEigen eigen = new HermitianEigen();
        Random random = new Random(4);
        for (int round = 0; round < 3; round++) {
            ZMatrixRMaj full = TestMatrices.randomHermitian(6, random, 1.0);
            eigen.decompose(full);
            assertTrue(eigenResidual(full, eigen) < TOL, "full, round " + round);
            ZMatrixRMaj diagonal = TestMatrices.diag(0.5, -2, 1e-3, 4, -2, 0);
            eigen.decompose(diagonal);
            assertArrayEquals(new double[] {-2, -2, 0, 1e-3, 0.5, 4}, eigen.eigenvalues(), 0.0);
            assertTrue(eigenResidual(diagonal, eigen) < TOL, "diagonal, round " + round);
        }
    }

    @Test
    void oneInstanceAcrossChangingDimensions() {
        HermitianEigen eigen = new HermitianEigen();
        Random random = new Random(3);
        for (int d : new int[] {5, 3, 8, 2, 1, 12, 9, 40, 4}) {
            ZMatrixRMaj h = TestMatrices.randomHermitian(d, random, 1.0);
            eigen.decompose(h);
            assertEquals(d, eigen.dimension());
            assertTrue(eigenResidual(h, eigen) < TOL, "d = " + d);
            for (int a = 1; a < d; a++) {
                assertTrue(eigen.eigenvalue(a - 1) <= eigen.eigenvalue(a));
            }
        }
    }

    @Test
    void inputIsNotModifiedAndOnlyItsHermitianPartCounts() {
        Random random = new Random(8);
        ZMatrixRMaj h = TestMatrices.randomHermitian(6, random, 1.0);
        ZMatrixRMaj copy = h.copy();
        HermitianEigen eigen = new HermitianEigen();
        eigen.decompose(h);
        double[] expected = eigen.eigenvalues().clone();
        assertEquals(0.0, TestMatrices.maxDiff(h, copy));
        // add an anti-Hermitian perturbation: the Hermitian part, hence the spectrum, is unchanged
        ZMatrixRMaj skew = TestMatrices.randomHermitian(6, random, 1.0);
        CommonOps_ZDRM.scale(0, 1, skew);
        CommonOps_ZDRM.add(h, skew, h);
        eigen.decompose(h);
        assertArrayEquals(expected, eigen.eigenvalues(), TOL);
    }

    @Test
    void rejectsBadInput() {
        HermitianEigen eigen = new HermitianEigen();
        assertThrows(IllegalArgumentException.class, () -> eigen.decompose(new ZMatrixRMaj(2, 3)));
        ZMatrixRMaj nan = TestMatrices.diag(1, Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> eigen.decompose(nan));
    }
}
