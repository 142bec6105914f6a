package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builders and comparisons for the linear-algebra tests. */
final class TestMatrices {

    private TestMatrices() {
    }

    static ZMatrixRMaj of(double[][] re, double[][] im) {
        int n = re.length;
        ZMatrixRMaj m = new ZMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.set(i, j, re[i][j], im == null ? 0.0 : im[i][j]);
            }
        }
        return m;
    }

    static ZMatrixRMaj sigmaX() {
        return of(new double[][] {{0, 1}, {1, 0}}, null);
    }

    static ZMatrixRMaj sigmaY() {
        return of(new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, -1}, {1, 0}});
    }

    static ZMatrixRMaj sigmaZ() {
        return of(new double[][] {{1, 0}, {0, -1}}, null);
    }

    static ZMatrixRMaj diag(double... values) {
        ZMatrixRMaj m = new ZMatrixRMaj(values.length, values.length);
        for (int i = 0; i < values.length; i++) {
            m.set(i, i, values[i], 0.0);
        }
        return m;
    }

    /** Spin-j operators {Jx, Jy, Jz} in the basis m = j, j-1, ..., -j; twoJ = 2j. */
    static ZMatrixRMaj[] spin(int twoJ) {
        int n = twoJ + 1;
        double j = twoJ / 2.0;
        ZMatrixRMaj jx = new ZMatrixRMaj(n, n);
        ZMatrixRMaj jy = new ZMatrixRMaj(n, n);
        ZMatrixRMaj jz = new ZMatrixRMaj(n, n);
        for (int k = 0; k < n; k++) {
            double m = j - k;
            jz.set(k, k, m, 0.0);
            if (k > 0) {
                // <m+1| J+ |m> = sqrt(j(j+1) - m(m+1)), row k-1 has magnetic number m+1
                double c = Math.sqrt(j * (j + 1) - m * (m + 1));
                jx.set(k - 1, k, c / 2, 0.0);
                jx.set(k, k - 1, c / 2, 0.0);
                jy.set(k - 1, k, 0.0, -c / 2);
                jy.set(k, k - 1, 0.0, c / 2);
            }
        }
        return new ZMatrixRMaj[] {jx, jy, jz};
    }

    static ZMatrixRMaj gaussian(int n, Random random) {
        ZMatrixRMaj m = new ZMatrixRMaj(n, n);
        for (int k = 0; k < m.data.length; k++) {
            m.data[k] = random.nextGaussian();
        }
        return m;
    }

    /** A random unitary: Gram-Schmidt (twice) on the columns of a complex Gaussian matrix. */
    static ZMatrixRMaj randomUnitary(int n, Random random) {
        ZMatrixRMaj u = gaussian(n, random);
        double[] d = u.data;
        for (int c = 0; c < n; c++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int p = 0; p < c; p++) {
                    double re = 0;
                    double im = 0; // <p|c>
                    for (int i = 0; i < n; i++) {
                        double pr = d[2 * (i * n + p)];
                        double pi = d[2 * (i * n + p) + 1];
                        double cr = d[2 * (i * n + c)];
                        double ci = d[2 * (i * n + c) + 1];
                        re += pr * cr + pi * ci;
                        im += pr * ci - pi * cr;
                    }
                    for (int i = 0; i < n; i++) {
                        double pr = d[2 * (i * n + p)];
                        double pi = d[2 * (i * n + p) + 1];
                        d[2 * (i * n + c)] -= re * pr - im * pi;
                        d[2 * (i * n + c) + 1] -= re * pi + im * pr;
                    }
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += d[2 * (i * n + c)] * d[2 * (i * n + c)] + d[2 * (i * n + c) + 1] * d[2 * (i * n + c) + 1];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                d[2 * (i * n + c)] /= norm;
                d[2 * (i * n + c) + 1] /= norm;
            }
        }
        return u;
    }

    /** U diag(e) U^dagger. */
    static ZMatrixRMaj rotate(ZMatrixRMaj u, double... e) {
        int n = e.length;
        ZMatrixRMaj ud = u.copy();
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < n; a++) {
                ud.data[2 * (i * n + a)] *= e[a];
                ud.data[2 * (i * n + a) + 1] *= e[a];
            }
        }
        ZMatrixRMaj out = new ZMatrixRMaj(n, n);
        CommonOps_ZDRM.multTransB(ud, u, out);
        return out;
    }

    static ZMatrixRMaj randomHermitian(int n, Random random, double scale) {
        ZMatrixRMaj g = gaussian(n, random);
        ZMatrixRMaj h = new ZMatrixRMaj(n, n);
        CommonOps_ZDRM.transposeConjugate(g, h);
        CommonOps_ZDRM.add(g, h, h);
        CommonOps_ZDRM.scale(scale / Math.sqrt(n), 0.0, h);
        return h;
    }

    /** A random full-rank density matrix. */
    static ZMatrixRMaj randomDensity(int n, Random random) {
        ZMatrixRMaj g = gaussian(n, random);
        ZMatrixRMaj rho = new ZMatrixRMaj(n, n);
        CommonOps_ZDRM.multTransB(g, g, rho);
        double tr = DensityMatrices.trace(rho);
        CommonOps_ZDRM.scale(1.0 / tr, 0.0, rho);
        return rho;
    }

    static ZMatrixRMaj mult(ZMatrixRMaj a, ZMatrixRMaj b) {
        ZMatrixRMaj c = new ZMatrixRMaj(a.numRows, b.numCols);
        CommonOps_ZDRM.mult(a, b, c);
        return c;
    }

    static ZMatrixRMaj kron(ZMatrixRMaj a, ZMatrixRMaj b) {
        int n = a.numRows;
        int m = b.numRows;
        ZMatrixRMaj c = new ZMatrixRMaj(n * m, n * m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double ar = a.getReal(i, j);
                double ai = a.getImag(i, j);
                for (int k = 0; k < m; k++) {
                    for (int l = 0; l < m; l++) {
                        double br = b.getReal(k, l);
                        double bi = b.getImag(k, l);
                        c.set(i * m + k, j * m + l, ar * br - ai * bi, ar * bi + ai * br);
                    }
                }
            }
        }
        return c;
    }

    static ZMatrixRMaj identity(int n) {
        return CommonOps_ZDRM.identity(n);
    }

    /** Pure state |psi><psi| from interleaved amplitudes. */
    static ZMatrixRMaj pure(double... psi) {
        int n = psi.length / 2;
        ZMatrixRMaj m = new ZMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double ar = psi[2 * i];
                double ai = psi[2 * i + 1];
                double br = psi[2 * j];
                double bi = -psi[2 * j + 1];
                m.set(i, j, ar * br - ai * bi, ar * bi + ai * br);
            }
        }
        return m;
    }

    static double maxDiff(ZMatrixRMaj a, ZMatrixRMaj b) {
        assertTrue(a.numRows == b.numRows && a.numCols == b.numCols, "shape mismatch");
        double worst = 0;
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                worst = Math.max(worst, Math.hypot(a.getReal(i, j) - b.getReal(i, j), a.getImag(i, j) - b.getImag(i, j)));
            }
        }
        return worst;
    }

    static void assertClose(ZMatrixRMaj expected, ZMatrixRMaj actual, double tolerance, String what) {
        double diff = maxDiff(expected, actual);
        assertTrue(diff <= tolerance, what + ": max deviation " + diff + " > " + tolerance);
    }

    /** Checks H V = V E and V^dagger V = 1 and returns the larger deviation. */
    static double eigenResidual(ZMatrixRMaj h, HermitianEigen eigen) {
        int n = h.numRows;
        ZMatrixRMaj v = eigen.eigenvectors();
        ZMatrixRMaj hv = mult(h, v);
        ZMatrixRMaj ve = v.copy();
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < n; a++) {
                ve.data[2 * (i * n + a)] *= eigen.eigenvalue(a);
                ve.data[2 * (i * n + a) + 1] *= eigen.eigenvalue(a);
            }
        }
        ZMatrixRMaj vhv = new ZMatrixRMaj(n, n);
        CommonOps_ZDRM.multTransA(v, v, vhv);
        return Math.max(maxDiff(hv, ve), maxDiff(vhv, identity(n)));
    }

    /** sum_k c_k m_k for alternating (double coefficient, matrix) arguments. */
    static ZMatrixRMaj combine(Object... terms) {
        ZMatrixRMaj first = (ZMatrixRMaj) terms[1];
        ZMatrixRMaj out = new ZMatrixRMaj(first.numRows, first.numCols);
        for (int k = 0; k < terms.length; k += 2) {
            double c = (Double) terms[k];
            ZMatrixRMaj m = (ZMatrixRMaj) terms[k + 1];
            for (int i = 0; i < out.data.length; i++) {
                out.data[i] += c * m.data[i];
            }
        }
        return out;
    }
}
