package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.operator.Spectrum;

import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EjmlQuantumMathTest {

    private static final double TOL = 1e-12;
    private static final double H = Math.sqrt(0.5);

    private final QuantumMath math = new EjmlQuantumMath();

    private static double maxDiff(Operator a, Operator b) {
        return a.minus(b).maxAbs();
    }

    @Test
    void conversionsRoundTrip() {
        Operator op = Operator.complex(new double[][] {{1, 2}, {3, 4}}, new double[][] {{0.5, -1}, {2, 0}});
        ZMatrixRMaj m = OperatorConversions.toMatrix(op);
        assertEquals(3.0, m.getReal(1, 0));
        assertEquals(-1.0, m.getImag(0, 1));
        assertEquals(op, OperatorConversions.toOperator(m));
        // a matrix whose array is larger than needed (after shrinking) converts correctly
        ZMatrixRMaj big = new ZMatrixRMaj(5, 5);
        assertEquals(op, OperatorConversions.toOperator(OperatorConversions.copyInto(op, big)));
    }

    @Test
    void spectrumOfSpinOneJx() {
        ZMatrixRMaj jx = TestMatrices.spin(2)[0];
        Operator h = OperatorConversions.toOperator(jx);
        Spectrum spectrum = math.spectrum(h);
        assertEquals(3, spectrum.dimension());
        assertArrayEquals(new double[] {-1, 0, 1}, spectrum.energies(), TOL);
        assertArrayEquals(new double[] {-1, 0, 1}, math.eigenvalues(h), TOL);
        assertEquals(1.0, spectrum.energy(2), TOL);
        Operator v = spectrum.eigenvectors();
        assertTrue(maxDiff(Operator.identity(3), v.dagger().times(v)) < TOL);
        assertTrue(maxDiff(Operator.diagonal(-1, 0, 1), spectrum.toEigenbasis(h)) < TOL);
        assertTrue(maxDiff(h, spectrum.fromEigenbasis(Operator.diagonal(-1, 0, 1))) < TOL);
        assertTrue(maxDiff(h, v.times(Operator.diagonal(spectrum.energies())).times(v.dagger())) < TOL);
    }

    @Test
    void densityMatrixQuantities() {
        Operator bell = Operator.pure(new double[] {H, 0, 0, 0, 0, 0, H, 0});
        Operator half = Operator.diagonal(0.5, 0.5);
        assertTrue(maxDiff(half, math.partialTrace(bell, new int[] {2, 2}, 1)) < TOL);
        assertArrayEquals(new double[] {-0.5, 0.5, 0.5, 0.5},
                math.eigenvalues(math.partialTranspose(bell, new int[] {2, 2}, 0)), TOL);
        assertEquals(Math.log(2), math.vonNeumannEntropy(half), TOL);
        assertEquals(0.0, math.vonNeumannEntropy(bell), TOL);
        Operator zero = Operator.projector(2, 0);
        assertEquals(0.5, math.traceDistance(zero, half), TOL);
        assertEquals(0.5, math.fidelity(zero, half), TOL);
        // thermal state of a qubit H = diag(0, 1) at T = 1/ln 3: populations 3/4, 1/4
        Operator thermal = math.thermalState(Operator.diagonal(0, 1), 1 / Math.log(3));
        assertTrue(maxDiff(Operator.diagonal(0.75, 0.25), thermal) < TOL);
        assertTrue(maxDiff(Operator.diagonal(1, 0), math.thermalState(Operator.diagonal(0, 1), 0.0)) < TOL);
    }

    @Test
    void usableFromSeveralThreads() {
        Random random = new Random(71);
        ZMatrixRMaj[] hs = new ZMatrixRMaj[8];
        double[][] expected = new double[8][];
        HermitianEigen eigen = new HermitianEigen();
        for (int k = 0; k < hs.length; k++) {
            hs[k] = TestMatrices.randomHermitian(10 + k, random, 1.0);
            eigen.decompose(hs[k], false);
            expected[k] = eigen.eigenvalues().clone();
        }
        IntStream.range(0, 64).parallel().forEach(i -> {
            int k = i % hs.length;
            assertArrayEquals(expected[k], math.eigenvalues(OperatorConversions.toOperator(hs[k])), 0.0);
        });
    }
}
