package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.szilard.kernel.linalg.TestMatrices.assertClose;
import static org.szilard.kernel.linalg.TestMatrices.identity;
import static org.szilard.kernel.linalg.TestMatrices.mult;

class MatrixFunctionsTest {

    private static final double TOL = 1e-12;

    private final MatrixFunctions functions = new MatrixFunctions();

    @Test
    void expOfNilpotentIsTheFiniteSeries() {
        Random random = new Random(21);
        int n = 6;
        ZMatrixRMaj nil = new ZMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                nil.set(i, j, 1.5 * random.nextGaussian(), 1.5 * random.nextGaussian());
            }
        }
        // exp(N) = sum_{k<n} N^k / k!
        ZMatrixRMaj expected = identity(n);
        ZMatrixRMaj power = identity(n);
        double factorial = 1;
        for (int k = 1; k < n; k++) {
            power = mult(power, nil);
            factorial *= k;
            expected = TestMatrices.combine(1.0, expected, 1.0 / factorial, power);
        }
        ZMatrixRMaj actual = functions.exp(nil, null);
        double scale = CommonOps_ZDRM.elementMaxAbs(expected);
        assertClose(expected, actual, TOL * scale, "exp(nilpotent)");
    }

    @Test
    void expOfMinusITSigmaX() {
        for (double t : new double[] {0.0, 0.01, 0.3, 1.0, 2.5, 17.0}) {
            double c = Math.cos(t);
            double s = Math.sin(t);
            ZMatrixRMaj expected = TestMatrices.of(new double[][] {{c, 0}, {0, c}}, new double[][] {{0, -s}, {-s, 0}});
            assertClose(expected, functions.propagator(TestMatrices.sigmaX(), t, null), TOL, "propagator t=" + t);
            ZMatrixRMaj generator = TestMatrices.sigmaX();
            CommonOps_ZDRM.scale(0.0, -t, generator);
            assertClose(expected, functions.exp(generator, null), TOL, "pade t=" + t);
        }
    }

    @Test
    void expTimesExpOfMinusIsIdentityForNonNormalMatrices() {
        Random random = new Random(4);
        // 1-norms from 1e-3 up to about 60 exercise every Pade degree (3, 5, 7, 9, 13) and the squaring phase
        for (double scale : new double[] {2e-4, 0.03, 0.12, 0.3, 0.8, 2.0}) {
            for (int n : new int[] {3, 8, 20}) {
                ZMatrixRMaj a = TestMatrices.gaussian(n, random);
                // make it strongly non-normal: add a large strictly upper part
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        a.data[2 * (i * n + j)] *= 2;
                    }
                }
                CommonOps_ZDRM.scale(scale / Math.sqrt(n), 0.0, a);
                ZMatrixRMaj minus = a.copy();
                CommonOps_ZDRM.scale(-1.0, 0.0, minus);
                ZMatrixRMaj e = functions.exp(a, null);
                ZMatrixRMaj f = functions.exp(minus, null);
                double conditioning = CommonOps_ZDRM.elementMaxAbs(e) * CommonOps_ZDRM.elementMaxAbs(f) * n;
                assertClose(identity(n), mult(e, f), TOL * Math.max(1, conditioning), "scale " + scale + " n " + n);
                // exp(2A) = exp(A)^2
                ZMatrixRMaj twice = a.copy();
                CommonOps_ZDRM.scale(2.0, 0.0, twice);
                ZMatrixRMaj e2 = mult(e, e);
                assertClose(e2, functions.exp(twice, null), TOL * Math.max(1, CommonOps_ZDRM.elementMaxAbs(e2) * n),
                        "exp(2A), scale " + scale + " n " + n);
            }
        }
    }

    @Test
    void generalExpAgreesWithHermitianExp() {
        Random random = new Random(9);
        for (double scale : new double[] {0.005, 0.1, 0.5, 1.5, 4.0, 12.0}) {
            for (int n : new int[] {2, 7, 24}) {
                ZMatrixRMaj h = TestMatrices.randomHermitian(n, random, scale);
                ZMatrixRMaj viaEigen = functions.expHermitian(h, 1.0, null);
                ZMatrixRMaj viaPade = functions.exp(h, null);
                double size = CommonOps_ZDRM.elementMaxAbs(viaEigen);
                assertClose(viaEigen, viaPade, TOL * size, "scale " + scale + " n " + n);
                // and the unitary case: exp(-i t H) both ways
                ZMatrixRMaj generator = h.copy();
                CommonOps_ZDRM.scale(0.0, -0.7, generator);
                assertClose(functions.propagator(h, 0.7, null), functions.exp(generator, null), TOL,
                        "unitary scale " + scale + " n " + n);
            }
        }
    }

    @Test
    void expWithATraceShift() {
        // exp(mu 1 + X) = e^mu exp(X): a large complex shift must not cost accuracy
        Random random = new Random(12);
        ZMatrixRMaj x = TestMatrices.gaussian(5, random);
        CommonOps_ZDRM.scale(0.2, 0.0, x);
        ZMatrixRMaj shifted = x.copy();
        for (int i = 0; i < 5; i++) {
            shifted.data[2 * (i * 5 + i)] += 3.0;
            shifted.data[2 * (i * 5 + i) + 1] += 40.0;
        }
        ZMatrixRMaj expected = functions.exp(x, null);
        CommonOps_ZDRM.scale(Math.exp(3.0) * Math.cos(40.0), Math.exp(3.0) * Math.sin(40.0), expected);
        assertClose(expected, functions.exp(shifted, null), TOL * Math.exp(3.0), "shifted exp");
    }

    @Test
    void expOfAStronglyDecayingGeneratorDoesNotOverflow() {
        // populations p0 -> p1 at rate 2000 (and a conserved total): exp = [[e^-2000, 0], [1 - e^-2000, 1]]
        ZMatrixRMaj decay = new ZMatrixRMaj(2, 2);
        decay.set(0, 0, -2000.0, 0.0);
        decay.set(1, 0, 2000.0, 0.0);
        ZMatrixRMaj expected = new ZMatrixRMaj(2, 2);
        expected.set(1, 0, 1.0, 0.0);
        expected.set(1, 1, 1.0, 0.0);
        assertClose(expected, functions.exp(decay, null), TOL, "exp of a stiff decay");
    }

    @Test
    void expOfZeroAndOneByOne() {
        assertClose(identity(4), functions.exp(new ZMatrixRMaj(4, 4), null), 0.0, "exp(0)");
        ZMatrixRMaj z = new ZMatrixRMaj(1, 1);
        z.set(0, 0, 0.5, 2.0);
        ZMatrixRMaj e = functions.exp(z, null);
        assertEquals(Math.exp(0.5) * Math.cos(2.0), e.getReal(0, 0), TOL);
        assertEquals(Math.exp(0.5) * Math.sin(2.0), e.getImag(0, 0), TOL);
    }

    @Test
    void logInvertsExpAndSqrtSquares() {
        Random random = new Random(17);
        for (int n : new int[] {1, 2, 7, 30}) {
            // spectral spread about 7: exp(H) has condition number about 1e3, which log(exp(H)) inherits
            ZMatrixRMaj h = TestMatrices.randomHermitian(n, random, 1.0);
            ZMatrixRMaj expH = functions.expHermitian(h, 1.0, null);
            assertClose(h, functions.log(expH, null), TOL, "log(exp(H)) n=" + n);

            ZMatrixRMaj rho = TestMatrices.randomDensity(n, random);
            ZMatrixRMaj root = functions.sqrt(rho, null);
            assertClose(rho, mult(root, root), TOL, "sqrt(rho)^2 n=" + n);
            assertEquals(0.0, DensityMatrices.hermiticityError(root));
        }
    }

    @Test
    void sqrtClampsRoundingNegativesAndHandlesProjectors() {
        ZMatrixRMaj projector = TestMatrices.pure(0.6, 0.0, 0.0, 0.8);
        assertClose(projector, functions.sqrt(projector, null), TOL, "sqrt(P) = P");
        ZMatrixRMaj almost = TestMatrices.diag(1.0, -5e-15);
        assertClose(TestMatrices.diag(1.0, 0.0), functions.sqrt(almost, null), 0.0, "clamped");
        assertThrows(IllegalArgumentException.class, () -> functions.sqrt(TestMatrices.diag(1.0, -1e-6), null));
        assertThrows(IllegalArgumentException.class, () -> functions.log(TestMatrices.diag(1.0, 0.0), null));
    }

    @Test
    void generalFunctionAndOutputReuse() {
        Random random = new Random(2);
        ZMatrixRMaj h = TestMatrices.randomHermitian(6, random, 1.0);
        ZMatrixRMaj cube = functions.apply(h, e -> e * e * e, null);
        assertClose(mult(h, mult(h, h)), cube, TOL, "H^3");
        // out may be the input itself
        ZMatrixRMaj same = h.copy();
        assertSame(same, functions.expHermitian(same, -0.4, same));
        assertClose(functions.expHermitian(h, -0.4, null), same, 0.0, "in-place exp");
        ZMatrixRMaj general = h.copy();
        assertSame(general, functions.exp(general, general));
        assertClose(functions.expHermitian(h, 1.0, null), general, TOL * 10, "in-place general exp");
        // propagator is unitary and a group in t
        ZMatrixRMaj u = functions.propagator(h, 0.9, null);
        ZMatrixRMaj uh = new ZMatrixRMaj(6, 6);
        CommonOps_ZDRM.transposeConjugate(u, uh);
        assertClose(identity(6), mult(u, uh), TOL, "unitarity");
        assertClose(functions.propagator(h, 1.8, null), mult(u, u), TOL, "U(2t) = U(t)^2");
    }
}
