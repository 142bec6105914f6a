package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;

/**
 * Spectral quantities of density matrices (natural logarithms: entropies in nats; k_B = 1): von Neumann entropy,
 * trace distance, Uhlmann fidelity, Gibbs states, and sanity checks. Hermitian inputs are taken through their
 * Hermitian part (see {@link HermitianEigen}). Partial traces and transposes are in {@link Subsystems}.
 *
 * <p>Eigenvalues a density matrix should not have (negative ones, from rounding or from an inaccurate integrator)
 * are treated as zero by the entropy and the fidelity rather than rejected; use {@link #minEigenvalue} to check a
 * state. An instance keeps its work space between calls and is meant for one thread.
 */
public final class DensityMatrices {

    /** At T = 0, levels within this fraction of max |E| of the ground energy form the ground space. */
    public static final double GROUND_DEGENERACY_TOLERANCE = 1e-9;

    private static final double EPS = Math.ulp(1.0);

    private final MatrixFunctions functions;
    private final HermitianEigen eigen;
    private final ZMatrixRMaj w1 = new ZMatrixRMaj(1, 1);
    private final ZMatrixRMaj w2 = new ZMatrixRMaj(1, 1);
    private final ZMatrixRMaj w3 = new ZMatrixRMaj(1, 1);
    private double[] values = new double[0];

    /** An instance with its own work space. */
    public DensityMatrices() {
        this(new MatrixFunctions());
    }

    /** An instance sharing (and overwriting) the work space of {@code functions}. */
    public DensityMatrices(MatrixFunctions functions) {
        this.functions = functions;
        this.eigen = functions.eigen();
    }

    /** von Neumann entropy -Tr(rho ln rho) = -sum p ln p over the eigenvalues p &gt; 0 (0 ln 0 = 0), in nats. */
    public double vonNeumannEntropy(ZMatrixRMaj rho) {
        eigen.decompose(rho, false);
        return entropyOf(eigen.eigenvalues());
    }

    /** -sum p ln p over the given eigenvalues p &gt; 0 of a density matrix (0 ln 0 = 0), in nats. */
    public static double entropyOf(double[] eigenvalues) {
        double s = 0.0;
        for (double p : eigenvalues) {
            if (p > 0.0) {
                s -= p * Math.log(p);
            }
        }
        return s;
    }

    /** Trace distance (1/2) ||a - b||_1: half the sum of |eigenvalues| of a - b. */
    public double traceDistance(ZMatrixRMaj a, ZMatrixRMaj b) {
        int n = sameSquare(a, b);
        w1.reshape(n, n);
        CommonOps_ZDRM.subtract(a, b, w1);
        eigen.decompose(w1, false);
        double sum = 0.0;
        for (double e : eigen.eigenvalues()) {
            sum += Math.abs(e);
        }
        return 0.5 * sum;
    }

    /**
     * Uhlmann fidelity (Tr sqrt(sqrt(a) b sqrt(a)))^2 (squared convention: |&lt;psi|phi&gt;|^2 for pure states).
     * Eigenvalues of a and of sqrt(a) b sqrt(a) below 4 d eps times the largest are rounding noise and are set to 0,
     * since the square root would magnify noise of 1e-17 to 3e-9.
     */
    public double fidelity(ZMatrixRMaj a, ZMatrixRMaj b) {
        int n = sameSquare(a, b);
        if (values.length != n) {
            values = new double[n];
        }
        eigen.decompose(a, true);
        double[] e = eigen.eigenvalues();
        double cut = noiseLevel(e, n);
        for (int k = 0; k < n; k++) {
            values[k] = e[k] > cut ? Math.sqrt(e[k]) : 0.0;
        }
        w1.reshape(n, n);
        w2.reshape(n, n);
        w3.reshape(n, n);
        functions.compose(eigen.eigenvectors(), values, null, w1);   // sqrt(a)
        CommonOps_ZDRM.mult(w1, b, w2);
        CommonOps_ZDRM.mult(w2, w1, w3);                              // sqrt(a) b sqrt(a)
        eigen.decompose(w3, false);
        double[] m = eigen.eigenvalues();
        cut = noiseLevel(m, n);
        double sum = 0.0;
        for (double mk : m) {
            if (mk > cut) {
                sum += Math.sqrt(mk);
            }
        }
        return sum * sum;
    }

    private static double noiseLevel(double[] sortedValues, int n) {
        double scale = Math.max(Math.abs(sortedValues[0]), Math.abs(sortedValues[sortedValues.length - 1]));
        return 4.0 * n * EPS * scale;
    }

    /**
     * The Gibbs state exp(-H/T)/Z, computed as V diag(p) V^dagger with populations from
     * {@link #gibbsPopulations}; T = 0 gives the uniform mixture over the ground space.
     *
     * @throws IllegalArgumentException if T is negative or NaN
     */
    public ZMatrixRMaj gibbsState(ZMatrixRMaj h, double temperature, ZMatrixRMaj out) {
        requireTemperature(temperature);
        eigen.decompose(h, true);
        double[] e = eigen.eigenvalues();
        if (values.length != e.length) {
            values = new double[e.length];
        }
        gibbsPopulations(e, temperature, values);
        return functions.compose(eigen.eigenvectors(), values, null, out);
    }

    /**
     * Gibbs populations p_a = exp(-(E_a - E_min)/T) / sum_b exp(-(E_b - E_min)/T), stable for any T &gt; 0 (the shift
     * by the ground energy keeps the largest weight at 1). At T = 0 the levels with
     * E_a - E_min &lt;= {@value #GROUND_DEGENERACY_TOLERANCE} max |E| share the probability equally; T = +infinity
     * gives the uniform distribution. Energies need not be sorted.
     *
     * @param out receives the populations (a new array if null or of the wrong length)
     * @return out
     */
    public static double[] gibbsPopulations(double[] energies, double temperature, double[] out) {
        requireTemperature(temperature);
        int n = energies.length;
        if (out == null || out.length != n) {
            out = new double[n];
        }
        double ground = Double.POSITIVE_INFINITY;
        double scale = 0.0;
        for (double e : energies) {
            if (!Double.isFinite(e)) {
                throw new IllegalArgumentException("non-finite energy " + e);
            }
            ground = Math.min(ground, e);
            scale = Math.max(scale, Math.abs(e));
        }
        if (temperature == 0.0) {
            double tolerance = GROUND_DEGENERACY_TOLERANCE * scale;
            int count = 0;
            for (double e : energies) {
                if (e - ground <= tolerance) {
                    count++;
                }
            }
            for (int a = 0; a < n; a++) {
                out[a] = energies[a] - ground <= tolerance ? 1.0 / count : 0.0;
            }
            return out;
        }
        double z = 0.0;
        for (int a = 0; a < n; a++) {
            out[a] = Math.exp(-(energies[a] - ground) / temperature);
            z += out[a];
        }
        for (int a = 0; a < n; a++) {
            out[a] /= z;
        }
        return out;
    }

    private static void requireTemperature(double temperature) {
        if (!(temperature >= 0.0)) {
            throw new IllegalArgumentException("temperature must be >= 0, got " + temperature);
        }
    }

    /** The smallest eigenvalue of the Hermitian part of m (negative for an unphysical state). */
    public double minEigenvalue(ZMatrixRMaj m) {
        eigen.decompose(m, false);
        return eigen.eigenvalue(0);
    }

    /** The largest modulus of an entry of m - m^dagger: zero for a Hermitian matrix. */
    public static double hermiticityError(ZMatrixRMaj m) {
        int n = square(m);
        double[] d = m.data;
        double worst = 0.0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                int ij = 2 * (i * n + j);
                int ji = 2 * (j * n + i);
                double re = d[ij] - d[ji];
                double im = d[ij + 1] + d[ji + 1];
                worst = Math.max(worst, Math.sqrt(re * re + im * im));
            }
        }
        return worst;
    }

    /** The real part of the trace. */
    public static double trace(ZMatrixRMaj m) {
        int n = square(m);
        double t = 0.0;
        for (int i = 0; i < n; i++) {
            t += m.data[2 * (i * n + i)];
        }
        return t;
    }

    /** The imaginary part of the trace (zero for a Hermitian matrix). */
    public static double traceImaginary(ZMatrixRMaj m) {
        int n = square(m);
        double t = 0.0;
        for (int i = 0; i < n; i++) {
            t += m.data[2 * (i * n + i) + 1];
        }
        return t;
    }

    private static int square(ZMatrixRMaj m) {
        if (m.numRows != m.numCols || m.numRows < 1) {
            throw new IllegalArgumentException("need a non-empty square matrix, got " + m.numRows + " x " + m.numCols);
        }
        return m.numRows;
    }

    private static int sameSquare(ZMatrixRMaj a, ZMatrixRMaj b) {
        int n = square(a);
        if (b.numRows != n || b.numCols != n) {
            throw new IllegalArgumentException("dimension mismatch: " + n + " vs " + b.numRows + " x " + b.numCols);
        }
        return n;
    }
}
