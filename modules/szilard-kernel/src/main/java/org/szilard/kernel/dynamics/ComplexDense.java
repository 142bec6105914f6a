package org.szilard.kernel.dynamics;

/**
 * Allocation-free kernels on dense complex n x n matrices stored row-major with real and imaginary parts
 * interleaved (the layout of {@link org.szilard.api.operator.Operator} and of the density matrix inside a solver's
 * state vector). The inner loops run over contiguous memory.
 */
final class ComplexDense {

    private ComplexDense() {
    }

    /** c = a * b, reading b from {@code bOffset}; c must not alias a or b. */
    static void mult(double[] a, double[] b, int bOffset, double[] c, int n) {
        java.util.Arrays.fill(c, 0, 2 * n * n, 0.0);
        for (int i = 0; i < n; i++) {
            int rowA = 2 * i * n;
            int rowC = rowA;
            for (int k = 0; k < n; k++) {
                double ar = a[rowA + 2 * k], ai = a[rowA + 2 * k + 1];
                if (ar == 0.0 && ai == 0.0) {
                    continue;
                }
                int rowB = bOffset + 2 * k * n;
                for (int j = 0; j < 2 * n; j += 2) {
                    double br = b[rowB + j], bi = b[rowB + j + 1];
                    c[rowC + j] += ar * br - ai * bi;
                    c[rowC + j + 1] += ar * bi + ai * br;
                }
            }
        }
    }

    /** c += s * a * b^dagger on and above the diagonal (j >= i) only; c must not alias a or b. */
    static void addMultConjTransBUpper(double s, double[] a, double[] b, double[] c, int n) {
        for (int i = 0; i < n; i++) {
            int rowA = 2 * i * n;
            for (int j = i; j < n; j++) {
                int rowB = 2 * j * n;
                double re = 0, im = 0;
                for (int k = 0; k < 2 * n; k += 2) {
                    double ar = a[rowA + k], ai = a[rowA + k + 1];
                    double br = b[rowB + k], bi = -b[rowB + k + 1];
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                c[rowA + 2 * j] += s * re;
                c[rowA + 2 * j + 1] += s * im;
            }
        }
    }

    /** Re Tr(rho * x) for rho read from y at {@code offset}. */
    static double traceOfProduct(double[] y, int offset, double[] x, int n) {
        double t = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                int ik = 2 * (i * n + k), ki = 2 * (k * n + i);
                t += y[offset + ik] * x[ki] - y[offset + ik + 1] * x[ki + 1];
            }
        }
        return t;
    }
}
