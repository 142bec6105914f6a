package org.szilard.plugin.solvers.jumps;

/**
 * One step of the embedded Runge-Kutta pair of Dormand and Prince, order 5 with an order-4 error estimate (Hairer,
 * Norsett and Wanner, Solving ODEs I, table II.5.2), on preallocated work arrays: a trajectory solver takes millions
 * of small steps and must not allocate in them. Written here rather than taken from Commons Math because its
 * integrators allocate per step and locate events through interpolators; trajectories need only a bare step that can
 * be repeated over part of an interval to find a jump time.
 */
final class DormandPrince {

    /** The right-hand side dz/dt = f(t, z). */
    interface Rhs {
        void derivatives(double t, double[] z, double[] dz);
    }

    private static final double A21 = 1.0 / 5.0;
    private static final double A31 = 3.0 / 40.0, A32 = 9.0 / 40.0;
    private static final double A41 = 44.0 / 45.0, A42 = -56.0 / 15.0, A43 = 32.0 / 9.0;
    private static final double A51 = 19372.0 / 6561.0, A52 = -25360.0 / 2187.0, A53 = 64448.0 / 6561.0,
            A54 = -212.0 / 729.0;
    private static final double A61 = 9017.0 / 3168.0, A62 = -355.0 / 33.0, A63 = 46732.0 / 5247.0,
            A64 = 49.0 / 176.0, A65 = -5103.0 / 18656.0;
    private static final double B1 = 35.0 / 384.0, B3 = 500.0 / 1113.0, B4 = 125.0 / 192.0, B5 = -2187.0 / 6784.0,
            B6 = 11.0 / 84.0;
    private static final double E1 = 71.0 / 57600.0, E3 = -71.0 / 16695.0, E4 = 71.0 / 1920.0,
            E5 = -17253.0 / 339200.0, E6 = 22.0 / 525.0, E7 = -1.0 / 40.0;

    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] k5;
    private final double[] k6;
    private final double[] k7;
    private final double[] stage;

    /** @param n the length of the state vector */
    DormandPrince(int n) {
        k1 = new double[n];
        k2 = new double[n];
        k3 = new double[n];
        k4 = new double[n];
        k5 = new double[n];
        k6 = new double[n];
        k7 = new double[n];
        stage = new double[n];
    }

    /**
     * Advances z from t by h into {@code out} (z is left unchanged) and returns the scaled error estimate: the root
     * mean square of the local error over tolerance * (1 + max(|z_k|, |out_k|)); a step is acceptable when it is at
     * most 1.
     */
    double step(Rhs f, double t, double[] z, double h, double tolerance, double[] out) {
        int n = z.length;
        f.derivatives(t, z, k1);
        for (int k = 0; k < n; k++) {
            stage[k] = z[k] + h * A21 * k1[k];
        }
        f.derivatives(t + h / 5.0, stage, k2);
        for (int k = 0; k < n; k++) {
            stage[k] = z[k] + h * (A31 * k1[k] + A32 * k2[k]);
        }
        f.derivatives(t + 0.3 * h, stage, k3);
        for (int k = 0; k < n; k++) {
            stage[k] = z[k] + h * (A41 * k1[k] + A42 * k2[k] + A43 * k3[k]);
        }
        f.derivatives(t + 0.8 * h, stage, k4);
        for (int k = 0; k < n; k++) {
            stage[k] = z[k] + h * (A51 * k1[k] + A52 * k2[k] + A53 * k3[k] + A54 * k4[k]);
        }
        f.derivatives(t + h * 8.0 / 9.0, stage, k5);
        for (int k = 0; k < n; k++) {
            stage[k] = z[k] + h * (A61 * k1[k] + A62 * k2[k] + A63 * k3[k] + A64 * k4[k] + A65 * k5[k]);
        }
        f.derivatives(t + h, stage, k6);
        for (int k = 0; k < n; k++) {
            out[k] = z[k] + h * (B1 * k1[k] + B3 * k3[k] + B4 * k4[k] + B5 * k5[k] + B6 * k6[k]);
        }
        f.derivatives(t + h, out, k7);
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            double e = h * (E1 * k1[k] + E3 * k3[k] + E4 * k4[k] + E5 * k5[k] + E6 * k6[k] + E7 * k7[k]);
            double scale = tolerance * (1.0 + Math.max(Math.abs(z[k]), Math.abs(out[k])));
            sum += (e / scale) * (e / scale);
        }
        return Math.sqrt(sum / n);
    }
}
