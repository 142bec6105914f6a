package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.kernel.linalg.TestMatrices.assertClose;

class DensityMatricesTest {

    private static final double TOL = 1e-12;

    private final DensityMatrices density = new DensityMatrices();
    private final MatrixFunctions functions = new MatrixFunctions();

    @Test
    void entropyOfMaximallyMixedStates() {
        for (int d : new int[] {1, 2, 3, 16, 100}) {
            ZMatrixRMaj mixed = TestMatrices.identity(d);
            CommonOps_ZDRM.scale(1.0 / d, 0.0, mixed);
            assertEquals(Math.log(d), density.vonNeumannEntropy(mixed), TOL, "d = " + d);
        }
    }

    @Test
    void entropyOfRotatedMixturesIsShannon() {
        Random random = new Random(31);
        double[] p = {0.5, 0.25, 0.125, 0.125, 0.0, 0.0};
        double shannon = 0;
        for (double pa : p) {
            shannon -= pa > 0 ? pa * Math.log(pa) : 0;
        }
        ZMatrixRMaj rho = TestMatrices.rotate(TestMatrices.randomUnitary(p.length, random), p);
        assertEquals(shannon, density.vonNeumannEntropy(rho), TOL);
        assertEquals(1.75 * Math.log(2), shannon, 1e-15);
        // a pure state has zero entropy (its zero eigenvalues come out as +-1e-17)
        ZMatrixRMaj pure = TestMatrices.rotate(TestMatrices.randomUnitary(5, random), 1, 0, 0, 0, 0);
        assertEquals(0.0, density.vonNeumannEntropy(pure), TOL);
    }

    @Test
    void traceDistanceAndFidelityOfCommutingStates() {
        Random random = new Random(41);
        double[] p = {0.7, 0.2, 0.1};
        double[] q = {0.3, 0.3, 0.4};
        ZMatrixRMaj u = TestMatrices.randomUnitary(3, random);
        ZMatrixRMaj a = TestMatrices.rotate(u, p);
        ZMatrixRMaj b = TestMatrices.rotate(u, q);
        double distance = 0;
        double overlap = 0;
        for (int k = 0; k < 3; k++) {
            distance += 0.5 * Math.abs(p[k] - q[k]);
            overlap += Math.sqrt(p[k] * q[k]);
        }
        assertEquals(distance, density.traceDistance(a, b), TOL);
        assertEquals(overlap * overlap, density.fidelity(a, b), TOL);
        assertEquals(overlap * overlap, density.fidelity(b, a), TOL);
        assertEquals(1.0, density.fidelity(a, a), TOL);
        assertEquals(0.0, density.traceDistance(a, a), TOL);
    }

    @Test
    void pureQubitStates() {
        // |psi> = cos(x)|0> + e^{i phi} sin(x)|1>, |phi> = |0>: F = cos^2 x, T = sqrt(1 - F) = |sin x|
        for (double x : new double[] {0.0, 0.3, 1.0, Math.PI / 2}) {
            double phi = 0.7;
            ZMatrixRMaj psi = TestMatrices.pure(Math.cos(x), 0, Math.sin(x) * Math.cos(phi), Math.sin(x) * Math.sin(phi));
            ZMatrixRMaj zero = TestMatrices.pure(1, 0, 0, 0);
            double f = Math.cos(x) * Math.cos(x);
            assertEquals(f, density.fidelity(psi, zero), TOL, "x = " + x);
            assertEquals(f, density.fidelity(zero, psi), TOL, "x = " + x);
            assertEquals(Math.abs(Math.sin(x)), density.traceDistance(psi, zero), TOL, "x = " + x);
            // pure vs mixed: F = <psi| rho |psi>
            ZMatrixRMaj rho = TestMatrices.diag(0.8, 0.2);
            assertEquals(0.8 * f + 0.2 * (1 - f), density.fidelity(psi, rho), TOL);
            assertEquals(0.8 * f + 0.2 * (1 - f), density.fidelity(rho, psi), TOL);
        }
    }

    @Test
    void mixedQubitFidelityClosedForm() {
        // for qubits F = Tr(ab) + 2 sqrt(det a det b)
        Random random = new Random(43);
        for (int trial = 0; trial < 10; trial++) {
            ZMatrixRMaj a = TestMatrices.randomDensity(2, random);
            ZMatrixRMaj b = TestMatrices.randomDensity(2, random);
            ZMatrixRMaj ab = TestMatrices.mult(a, b);
            double detA = CommonOps_ZDRM.det(a).real;
            double detB = CommonOps_ZDRM.det(b).real;
            double expected = DensityMatrices.trace(ab) + 2 * Math.sqrt(detA * detB);
            assertEquals(expected, density.fidelity(a, b), TOL);
            // trace distance of qubits: half the Euclidean distance of the Bloch vectors = |eigenvalue of a - b|
            double dx = 2 * (a.getReal(0, 1) - b.getReal(0, 1));
            double dy = -2 * (a.getImag(0, 1) - b.getImag(0, 1));
            double dz = (a.getReal(0, 0) - a.getReal(1, 1)) - (b.getReal(0, 0) - b.getReal(1, 1));
            assertEquals(0.5 * Math.sqrt(dx * dx + dy * dy + dz * dz), density.traceDistance(a, b), TOL);
        }
    }

    @Test
    void fidelityOfLargerRandomStatesIsSymmetricAndBounded() {
        Random random = new Random(47);
        ZMatrixRMaj a = TestMatrices.randomDensity(12, random);
        ZMatrixRMaj b = TestMatrices.randomDensity(12, random);
        double fab = density.fidelity(a, b);
        assertEquals(fab, density.fidelity(b, a), TOL);
        double t = density.traceDistance(a, b);
        // Fuchs-van de Graaf: 1 - sqrt(F) <= T <= sqrt(1 - F)
        assertTrue(1 - Math.sqrt(fab) <= t + TOL && t <= Math.sqrt(1 - fab) + TOL);
    }

    @Test
    void gibbsStateOfSpinOneInAField() {
        ZMatrixRMaj[] j = TestMatrices.spin(2);
        double b = 1.3;
        double temperature = 0.7;
        // H = b Jz, basis m = 1, 0, -1
        ZMatrixRMaj h = TestMatrices.combine(b, j[2]);
        double z = 0;
        double[] weights = new double[3];
        for (int k = 0; k < 3; k++) {
            double m = 1 - k;
            weights[k] = Math.exp(-b * m / temperature);
            z += weights[k];
        }
        for (int k = 0; k < 3; k++) {
            weights[k] /= z;
        }
        ZMatrixRMaj rho = density.gibbsState(h, temperature, null);
        assertClose(TestMatrices.diag(weights), rho, TOL, "Gibbs along z");
        assertEquals(1.0, DensityMatrices.trace(rho), TOL);
        assertEquals(0.0, DensityMatrices.hermiticityError(rho));

        // a field along a random direction: compare with exp(-H/T)/Z by the general exponential
        Random random = new Random(53);
        double nx = random.nextGaussian();
        double ny = random.nextGaussian();
        double nz = random.nextGaussian();
        ZMatrixRMaj tilted = TestMatrices.combine(b * nx, j[0], b * ny, j[1], b * nz, j[2]);
        ZMatrixRMaj minusBetaH = tilted.copy();
        CommonOps_ZDRM.scale(-1.0 / temperature, 0.0, minusBetaH);
        ZMatrixRMaj expected = functions.exp(minusBetaH, null);
        CommonOps_ZDRM.scale(1.0 / DensityMatrices.trace(expected), 0.0, expected);
        assertClose(expected, density.gibbsState(tilted, temperature, null), TOL, "Gibbs tilted");

        // T = 0: the ground state m = -1; T = infinity: the maximally mixed state
        assertClose(TestMatrices.diag(0, 0, 1), density.gibbsState(h, 0.0, null), TOL, "T = 0");
        assertClose(TestMatrices.diag(1 / 3.0, 1 / 3.0, 1 / 3.0), density.gibbsState(h, Double.POSITIVE_INFINITY, null),
                TOL, "T = inf");
        // a degenerate ground space (-Jz^2: m = +-1) is mixed uniformly at T = 0
        ZMatrixRMaj jz2 = TestMatrices.mult(j[2], j[2]);
        CommonOps_ZDRM.scale(-1.0, 0.0, jz2);
        assertClose(TestMatrices.diag(0.5, 0, 0.5), density.gibbsState(jz2, 0.0, null), TOL, "degenerate T = 0");
        // an extremely low temperature gives the same state without overflow
        assertClose(TestMatrices.diag(0, 0, 1), density.gibbsState(h, 1e-6, null), TOL, "T = 1e-6");
        assertThrows(IllegalArgumentException.class, () -> density.gibbsState(h, -1.0, null));
        assertThrows(IllegalArgumentException.class, () -> density.gibbsState(h, Double.NaN, null));
    }

    @Test
    void gibbsPopulationsDegeneracyTolerance() {
        double[] p = DensityMatrices.gibbsPopulations(new double[] {1.0, 5.0, 1.0 + 1e-12, 3.0}, 0.0, null);
        assertArrayEquals(new double[] {0.5, 0.0, 0.5, 0.0}, p, 0.0);
        p = DensityMatrices.gibbsPopulations(new double[] {1.0, 5.0, 1.0 + 1e-6, 3.0}, 0.0, null);
        assertArrayEquals(new double[] {1.0, 0.0, 0.0, 0.0}, p, 0.0);
        p = DensityMatrices.gibbsPopulations(new double[] {0.0, 0.0, 0.0}, 0.0, null);
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, p, 0.0);
        // large energies: no overflow thanks to the ground-energy shift
        p = DensityMatrices.gibbsPopulations(new double[] {-1000.0, -999.0}, 1.0, null);
        assertEquals(1 / (1 + Math.exp(-1.0)), p[0], 1e-15);
    }

    @Test
    void checks() {
        ZMatrixRMaj m = TestMatrices.of(new double[][] {{1, 2}, {2.5, 3}}, new double[][] {{0.1, 1}, {-1, 0}});
        // |m01 - conj(m10)| = 0.5 dominates |m00 - conj(m00)| = 0.2
        assertEquals(0.5, DensityMatrices.hermiticityError(m), 1e-15);
        assertEquals(4.0, DensityMatrices.trace(m), 0.0);
        assertEquals(0.1, DensityMatrices.traceImaginary(m), 0.0);
        assertEquals(-0.25, density.minEigenvalue(TestMatrices.diag(0.5, -0.25, 0.75)), TOL);
    }
}
