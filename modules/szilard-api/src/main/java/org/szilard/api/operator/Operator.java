package org.szilard.api.operator;

import java.util.Arrays;

/**
 * An immutable complex square matrix acting on a Hilbert space of dimension {@link #dimension()}: a Hamiltonian,
 * a coupling or jump operator, or a density matrix. Entries are stored row-major with real and imaginary parts
 * interleaved, the layout the kernel's linear algebra uses, so handing an operator to the kernel costs one copy.
 *
 * <p>This type is for building and exchanging operators; heavy numerics (spectra, exponentials, entropies) are
 * offered by the kernel through {@link QuantumMath}.
 */
public final class Operator {

    private final int dimension;
    private final double[] data;

    private Operator(int dimension, double[] data) {
        this.dimension = dimension;
        this.data = data;
    }

    /** Wraps interleaved row-major data (length 2 d^2) without copying; the caller gives up the array. */
    public static Operator wrap(int dimension, double[] interleaved) {
        if (dimension < 1 || interleaved.length != 2 * dimension * dimension) {
            throw new IllegalArgumentException("need 2*d*d = " + 2 * dimension * dimension + " entries for d = "
                    + dimension + ", got " + interleaved.length);
        }
        return new Operator(dimension, interleaved);
    }

    /** A builder that collects entries one by one (repeated entries add up); suited to sparse operators. */
    public static Builder builder(int dimension) {
        return new Builder(dimension);
    }

    /** Collects the non-zero entries of an operator. */
    public static final class Builder {

        private final int dimension;
        private final double[] data;

        private Builder(int dimension) {
            if (dimension < 1) {
                throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
            }
            this.dimension = dimension;
            this.data = new double[2 * dimension * dimension];
        }

        /** Adds re + i im to entry (i, j). */
        public Builder add(int i, int j, double re, double im) {
            data[2 * (i * dimension + j)] += re;
            data[2 * (i * dimension + j) + 1] += im;
            return this;
        }

        /** Adds a real number to entry (i, j). */
        public Builder add(int i, int j, double re) {
            return add(i, j, re, 0.0);
        }

        /** The operator; the builder must not be used afterwards. */
        public Operator build() {
            return wrap(dimension, data);
        }
    }

    /** The zero operator. */
    public static Operator zero(int dimension) {
        return wrap(dimension, new double[2 * dimension * dimension]);
    }

    /** The identity operator. */
    public static Operator identity(int dimension) {
        double[] d = new double[2 * dimension * dimension];
        for (int i = 0; i < dimension; i++) {
            d[2 * (i * dimension + i)] = 1.0;
        }
        return wrap(dimension, d);
    }

    /** A real matrix given by rows. */
    public static Operator real(double[][] rows) {
        int n = rows.length;
        double[] d = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " entries, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                d[2 * (i * n + j)] = rows[i][j];
            }
        }
        return wrap(n, d);
    }

    /** A complex matrix from separate real and imaginary parts given by rows. */
    public static Operator complex(double[][] re, double[][] im) {
        Operator r = real(re);
        Operator i = real(im);
        if (r.dimension != i.dimension) {
            throw new IllegalArgumentException("real and imaginary parts differ in size");
        }
        double[] d = r.data.clone();
        for (int k = 0; k < d.length; k += 2) {
            d[k + 1] = i.data[k];
        }
        return wrap(r.dimension, d);
    }

    /** A diagonal real matrix. */
    public static Operator diagonal(double... values) {
        int n = values.length;
        double[] d = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            d[2 * (i * n + i)] = values[i];
        }
        return wrap(n, d);
    }

    /** The projector |i><i| onto basis state i. */
    public static Operator projector(int dimension, int i) {
        double[] d = new double[2 * dimension * dimension];
        d[2 * (i * dimension + i)] = 1.0;
        return wrap(dimension, d);
    }

    /** The pure state |psi><psi| of an (already normalised) vector with interleaved complex entries. */
    public static Operator pure(double[] psi) {
        int n = psi.length / 2;
        double[] d = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double ar = psi[2 * i], ai = psi[2 * i + 1], br = psi[2 * j], bi = -psi[2 * j + 1];
                d[2 * (i * n + j)] = ar * br - ai * bi;
                d[2 * (i * n + j) + 1] = ar * bi + ai * br;
            }
        }
        return wrap(n, d);
    }

    public int dimension() {
        return dimension;
    }

    /** Real part of entry (i, j). */
    public double re(int i, int j) {
        return data[2 * (i * dimension + j)];
    }

    /** Imaginary part of entry (i, j). */
    public double im(int i, int j) {
        return data[2 * (i * dimension + j) + 1];
    }

    /** A copy of the interleaved row-major entries. */
    public double[] toInterleaved() {
        return data.clone();
    }

    /** Copies the interleaved row-major entries into {@code target} at {@code offset}. */
    public void copyInto(double[] target, int offset) {
        System.arraycopy(data, 0, target, offset, data.length);
    }

    public Operator plus(Operator o) {
        requireSameDimension(o);
        double[] d = data.clone();
        for (int k = 0; k < d.length; k++) {
            d[k] += o.data[k];
        }
        return wrap(dimension, d);
    }

    public Operator minus(Operator o) {
        return plus(o.times(-1.0));
    }

    /** Multiplication by a real number. */
    public Operator times(double s) {
        double[] d = data.clone();
        for (int k = 0; k < d.length; k++) {
            d[k] *= s;
        }
        return wrap(dimension, d);
    }

    /** Multiplication by the complex number re + i im. */
    public Operator times(double re, double im) {
        double[] d = new double[data.length];
        for (int k = 0; k < d.length; k += 2) {
            d[k] = data[k] * re - data[k + 1] * im;
            d[k + 1] = data[k] * im + data[k + 1] * re;
        }
        return wrap(dimension, d);
    }

    /** The matrix product this * o. */
    public Operator times(Operator o) {
        requireSameDimension(o);
        int n = dimension;
        double[] d = new double[data.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double ar = data[2 * (i * n + k)], ai = data[2 * (i * n + k) + 1];
                if (ar == 0.0 && ai == 0.0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    double br = o.data[2 * (k * n + j)], bi = o.data[2 * (k * n + j) + 1];
                    d[2 * (i * n + j)] += ar * br - ai * bi;
                    d[2 * (i * n + j) + 1] += ar * bi + ai * br;
                }
            }
        }
        return wrap(n, d);
    }

    /** The Hermitian conjugate. */
    public Operator dagger() {
        int n = dimension;
        double[] d = new double[data.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[2 * (j * n + i)] = data[2 * (i * n + j)];
                d[2 * (j * n + i) + 1] = -data[2 * (i * n + j) + 1];
            }
        }
        return wrap(n, d);
    }

    /** The Kronecker product this (x) o, with this operator's index the slow one. */
    public Operator kron(Operator o) {
        int n = dimension, m = o.dimension, nm = n * m;
        double[] d = new double[2 * nm * nm];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double ar = re(i, j), ai = im(i, j);
                if (ar == 0.0 && ai == 0.0) {
                    continue;
                }
                for (int k = 0; k < m; k++) {
                    for (int l = 0; l < m; l++) {
                        double br = o.re(k, l), bi = o.im(k, l);
                        int row = i * m + k, col = j * m + l;
                        d[2 * (row * nm + col)] = ar * br - ai * bi;
                        d[2 * (row * nm + col) + 1] = ar * bi + ai * br;
                    }
                }
            }
        }
        return wrap(nm, d);
    }

    /** The trace, real part. */
    public double traceRe() {
        double t = 0;
        for (int i = 0; i < dimension; i++) {
            t += re(i, i);
        }
        return t;
    }

    /** The trace, imaginary part. */
    public double traceIm() {
        double t = 0;
        for (int i = 0; i < dimension; i++) {
            t += im(i, i);
        }
        return t;
    }

    /** Re Tr(this * o), computed without forming the product. */
    public double traceOfProductRe(Operator o) {
        requireSameDimension(o);
        int n = dimension;
        double t = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                t += re(i, k) * o.re(k, i) - im(i, k) * o.im(k, i);
            }
        }
        return t;
    }

    /** The largest modulus of an entry of this - this^dagger: zero for a Hermitian operator. */
    public double hermiticityError() {
        int n = dimension;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double dr = re(i, j) - re(j, i), di = im(i, j) + im(j, i);
                worst = Math.max(worst, Math.hypot(dr, di));
            }
        }
        return worst;
    }

    /** The largest modulus of an entry. */
    public double maxAbs() {
        double worst = 0;
        for (int k = 0; k < data.length; k += 2) {
            worst = Math.max(worst, Math.hypot(data[k], data[k + 1]));
        }
        return worst;
    }

    /** Whether every entry is zero. */
    public boolean isZero() {
        for (double v : data) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    private void requireSameDimension(Operator o) {
        if (o.dimension != dimension) {
            throw new IllegalArgumentException("dimension mismatch: " + dimension + " vs " + o.dimension);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operator other && other.dimension == dimension && Arrays.equals(other.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * dimension + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Operator[").append(dimension).append("]{");
        for (int i = 0; i < dimension; i++) {
            b.append(i == 0 ? "" : "; ");
            for (int j = 0; j < dimension; j++) {
                b.append(j == 0 ? "" : ", ").append(re(i, j));
                if (im(i, j) != 0.0) {
                    b.append(im(i, j) > 0 ? "+" : "").append(im(i, j)).append('i');
                }
            }
        }
        return b.append('}').toString();
    }
}
