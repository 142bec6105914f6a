package org.szilard.bench;

/**
 * Rough single-core rates of the machine, best of several repetitions: memory bandwidth of a triad over arrays far
 * larger than the caches, and the arithmetic rate of interleaved complex multiply-adds on arrays held in cache
 * (the inner operation of the kernel's products).
 */
final class MachineRates {

    private static final int REPEATS = 10;

    /** Where the arithmetic loop leaves its result, so that the JIT cannot drop it. */
    static volatile double sink;

    private MachineRates() {
    }

    /** Bytes per second of a[i] = b[i] + s c[i] over 3 x 64 MB (24 bytes moved per element). */
    static double bandwidth() {
        int n = 8 << 20;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        java.util.Arrays.fill(b, 1.0);
        java.util.Arrays.fill(c, 2.0);
        double best = Double.MAX_VALUE;
        for (int r = 0; r < REPEATS; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                a[i] = b[i] + 0.5 * c[i];
            }
            best = Math.min(best, (System.nanoTime() - start) * 1e-9);
        }
        return 24.0 * n / best;
    }

    /** Flops per second of acc += x[k] y[k] on interleaved complex arrays of 2048 entries (8 flops each). */
    static double flopRate() {
        int n = 2048;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int k = 0; k < 2 * n; k++) {
            x[k] = 1.0 + 1e-9 * k;
            y[k] = 1.0 - 1e-9 * k;
        }
        int sweeps = 2000;
        double best = Double.MAX_VALUE;
        double sum = 0.0;
        for (int r = 0; r < REPEATS; r++) {
            long start = System.nanoTime();
            for (int s = 0; s < sweeps; s++) {
                double re = 0.0;
                double im = 0.0;
                for (int k = 0; k < 2 * n; k += 2) {
                    re += x[k] * y[k] - x[k + 1] * y[k + 1];
                    im += x[k] * y[k + 1] + x[k + 1] * y[k];
                }
                sum += re + im;
            }
            best = Math.min(best, (System.nanoTime() - start) * 1e-9);
        }
        sink = sum;
        return 8.0 * n * sweeps / best;
    }
}
