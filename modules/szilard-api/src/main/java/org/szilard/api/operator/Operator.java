package org.szilard.api.operator;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable complex square matrix acting on a Hilbert space of dimension {@link #dimension()}: a Hamiltonian,
 * a coupling or jump operator, or a density matrix.
 *
 * <h2>Storage</h2>
 * An operator is stored either <em>dense</em> (all d^2 entries, row-major, real and imaginary parts interleaved: the
 * layout of the kernel's dense linear algebra) or <em>sparse</em> in compressed sparse rows (for every row, its
 * non-zero entries by increasing column, values interleaved the same way). The storage is chosen automatically:
 * every factory and every operation returns its result sparse when fewer than 10% of its entries are non-zero and
 * dense otherwise; only {@link #wrap} is always dense, and {@link #toSparse()} / {@link #toDense()} force one
 * storage. Operators of composite systems built with {@link #builder}, {@link #diagonal} and {@link #kron} therefore
 * stay sparse, and their products and sums cost in proportion to the non-zero entries. Every method works for both
 * storages and gives the same entries; {@link #equals} and {@link #hashCode} compare entries, not storage.
 *
 * <p>Code that must not densify a large operator reads it through {@link #isSparse()}, {@link #nonZeros()} and
 * {@link #forEachNonZero(EntryVisitor)}, which visits the non-zero entries in row-major order without exposing the
 * internal arrays.
 *
 * <p>This type is for building and exchanging operators; heavy numerics (spectra, exponentials, entropies) are
 * offered by the kernel through {@link QuantumMath}.
 */
public final class Operator {

    /** Results with fewer than this fraction of non-zero entries are stored sparse. */
    private static final double SPARSE_DENSITY = 0.1;

    private final int dimension;
    /** Dense storage (2 d^2 interleaved, row-major), or null when sparse. */
    private final double[] data;
    /** Sparse storage: entries of row i sit at positions rowStart[i] .. rowStart[i + 1] - 1; null when dense. */
    private final int[] rowStart;
    /** Sparse storage: the column of each entry, increasing within a row. No stored entry is zero. */
    private final int[] columns;
    /** Sparse storage: the values of the entries, real and imaginary parts interleaved. */
    private final double[] values;

    private Operator(int dimension, double[] data, int[] rowStart, int[] columns, double[] values) {
        this.dimension = dimension;
        this.data = data;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /** Receives one entry of an operator; see {@link #forEachNonZero(EntryVisitor)}. */
    @FunctionalInterface
    public interface EntryVisitor {

        /** Called with the row, the column and the real and imaginary parts of a non-zero entry. */
        void visit(int row, int column, double re, double im);
    }

    /** Wraps interleaved row-major data (length 2 d^2) without copying; the caller gives up the array. Always dense. */
    public static Operator wrap(int dimension, double[] interleaved) {
        if (dimension < 1 || interleaved.length != 2 * dimension * dimension) {
            throw new IllegalArgumentException("need 2*d*d = " + 2 * dimension * dimension + " entries for d = "
                    + dimension + ", got " + interleaved.length);
        }
        return dense(dimension, interleaved);
    }

    /**
     * A builder that collects entries one by one (repeated entries add up); its memory grows with the number of
     * entries added, not with d^2, so it suits large sparse operators.
     */
    public static Builder builder(int dimension) {
        return new Builder(dimension);
    }

    /**
     * Interleaved row-major data (length 2 d^2) in the storage its density calls for: sparse when fewer than 10% of
     * the entries are non-zero (for example a jump operator assembled in a dense eigenbasis computation), else dense
     * over the given array, which the caller gives up.
     */
    public static Operator of(int dimension, double[] interleaved) {
        return chooseStorage(dimension, interleaved);
    }

    /** Collects the non-zero entries of an operator. */
    public static final class Builder {

        private final int dimension;
        private int[] rows = new int[16];
        private int[] cols = new int[16];
        private double[] entries = new double[32];
        private int size;

        private Builder(int dimension) {
            if (dimension < 1) {
                throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
            }
            this.dimension = dimension;
        }

        /** Adds re + i im to entry (i, j). */
        public Builder add(int i, int j, double re, double im) {
            Objects.checkIndex(i, dimension);
            Objects.checkIndex(j, dimension);
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, 2 * size);
                cols = Arrays.copyOf(cols, 2 * size);
                entries = Arrays.copyOf(entries, 4 * size);
            }
            rows[size] = i;
            cols[size] = j;
            entries[2 * size] = re;
            entries[2 * size + 1] = im;
            size++;
            return this;
        }

        /** Adds a real number to entry (i, j). */
        public Builder add(int i, int j, double re) {
            return add(i, j, re, 0.0);
        }

        /** The operator (sparse or dense by its density); the builder must not be used afterwards. */
        public Operator build() {
            int n = dimension;
            // stable counting sort by row, then a stable sort by column within each row
            int[] start = new int[n + 1];
            for (int e = 0; e < size; e++) {
                start[rows[e] + 1]++;
            }
            int longest = 0;
            for (int i = 0; i < n; i++) {
                longest = Math.max(longest, start[i + 1]);
                start[i + 1] += start[i];
            }
            int[] order = new int[size];
            int[] next = Arrays.copyOf(start, n);
            for (int e = 0; e < size; e++) {
                order[next[rows[e]]++] = e;
            }
            long[] keys = new long[longest];
            int[] outStart = new int[n + 1];
            int[] outCols = new int[size];
            double[] outValues = new double[2 * size];
            int count = 0;
            for (int i = 0; i < n; i++) {
                int from = start[i], length = start[i + 1] - from;
                for (int t = 0; t < length; t++) {
                    keys[t] = (long) cols[order[from + t]] << 32 | t;
                }
                Arrays.sort(keys, 0, length);
                for (int t = 0; t < length; ) {
                    int column = (int) (keys[t] >>> 32);
                    double re = 0.0, im = 0.0;
                    for (; t < length && (int) (keys[t] >>> 32) == column; t++) {
                        int e = order[from + (int) (keys[t] & 0xffffffffL)];
                        re += entries[2 * e];
                        im += entries[2 * e + 1];
                    }
                    if (re != 0.0 || im != 0.0) {
                        outCols[count] = column;
                        outValues[2 * count] = re;
                        outValues[2 * count + 1] = im;
                        count++;
                    }
                }
                outStart[i + 1] = count;
            }
            return chooseStorage(n, outStart, Arrays.copyOf(outCols, count), Arrays.copyOf(outValues, 2 * count));
        }
    }

    /** The zero operator. */
    public static Operator zero(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
        }
        return sparse(dimension, new int[dimension + 1], new int[0], new double[0]);
    }

    /** The identity operator. */
    public static Operator identity(int dimension) {
        double[] ones = new double[dimension];
        Arrays.fill(ones, 1.0);
        return diagonal(ones);
    }

    /** A real matrix given by rows. */
    public static Operator real(double[][] rows) {
        return chooseStorage(rows.length, denseReal(rows));
    }

    private static double[] denseReal(double[][] rows) {
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
        return d;
    }

    /** A complex matrix from separate real and imaginary parts given by rows. */
    public static Operator complex(double[][] re, double[][] im) {
        if (re.length != im.length) {
            throw new IllegalArgumentException("real and imaginary parts differ in size");
        }
        double[] d = denseReal(re);
        double[] i = denseReal(im);
        for (int k = 0; k < d.length; k += 2) {
            d[k + 1] = i[k];
        }
        return chooseStorage(re.length, d);
    }

    /** A diagonal real matrix. */
    public static Operator diagonal(double... values) {
        int n = values.length;
        if (n < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + n);
        }
        Builder b = builder(n);
        for (int i = 0; i < n; i++) {
            if (values[i] != 0.0) {
                b.add(i, i, values[i]);
            }
        }
        return b.build();
    }

    /** The projector |i><i| onto basis state i. */
    public static Operator projector(int dimension, int i) {
        return builder(dimension).add(i, i, 1.0).build();
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
        return chooseStorage(n, d);
    }

    public int dimension() {
        return dimension;
    }

    /** Whether this operator is stored sparse (compressed rows); see the class documentation. */
    public boolean isSparse() {
        return data == null;
    }

    /** The number of non-zero entries (for a dense operator, counted: O(d^2)). */
    public int nonZeros() {
        if (isSparse()) {
            return columns.length;
        }
        int count = 0;
        for (int k = 0; k < data.length; k += 2) {
            if (data[k] != 0.0 || data[k + 1] != 0.0) {
                count++;
            }
        }
        return count;
    }

    /**
     * Calls {@code visitor} for every non-zero entry, in row-major order (rows increasing, columns increasing within
     * a row). Costs O(number of non-zero entries) for a sparse operator and O(d^2) for a dense one.
     */
    public void forEachNonZero(EntryVisitor visitor) {
        for (int i = 0; i < dimension; i++) {
            forEachNonZeroInRow(i, visitor);
        }
    }

    /** Calls {@code visitor} for every non-zero entry of row {@code row}, by increasing column. */
    public void forEachNonZeroInRow(int row, EntryVisitor visitor) {
        Objects.checkIndex(row, dimension);
        if (isSparse()) {
            for (int p = rowStart[row]; p < rowStart[row + 1]; p++) {
                visitor.visit(row, columns[p], values[2 * p], values[2 * p + 1]);
            }
        } else {
            int base = 2 * row * dimension;
            for (int j = 0; j < dimension; j++) {
                double re = data[base + 2 * j], im = data[base + 2 * j + 1];
                if (re != 0.0 || im != 0.0) {
                    visitor.visit(row, j, re, im);
                }
            }
        }
    }

    /**
     * out = A psi for a complex vector psi of length d (real and imaginary parts interleaved, 2 d numbers), without
     * allocating: O(non-zero entries) for a sparse operator, O(d^2) for a dense one. out must not be psi.
     */
    public void applyTo(double[] psi, double[] out) {
        int n = dimension;
        if (psi.length < 2 * n || out.length < 2 * n || psi == out) {
            throw new IllegalArgumentException("need two distinct vectors of " + 2 * n + " numbers");
        }
        for (int i = 0; i < n; i++) {
            double re = 0.0;
            double im = 0.0;
            if (isSparse()) {
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                    double ar = values[2 * p];
                    double ai = values[2 * p + 1];
                    double xr = psi[2 * columns[p]];
                    double xi = psi[2 * columns[p] + 1];
                    re += ar * xr - ai * xi;
                    im += ar * xi + ai * xr;
                }
            } else {
                int row = 2 * i * n;
                for (int j = 0; j < n; j++) {
                    double ar = data[row + 2 * j];
                    double ai = data[row + 2 * j + 1];
                    re += ar * psi[2 * j] - ai * psi[2 * j + 1];
                    im += ar * psi[2 * j + 1] + ai * psi[2 * j];
                }
            }
            out[2 * i] = re;
            out[2 * i + 1] = im;
        }
    }

    /** This operator stored sparse, whatever its density (this operator itself when it already is). */
    public Operator toSparse() {
        if (isSparse()) {
            return this;
        }
        int n = dimension;
        int nnz = nonZeros();
        int[] start = new int[n + 1];
        int[] cols = new int[nnz];
        double[] vals = new double[2 * nnz];
        int p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double re = data[2 * (i * n + j)], im = data[2 * (i * n + j) + 1];
                if (re != 0.0 || im != 0.0) {
                    cols[p] = j;
                    vals[2 * p] = re;
                    vals[2 * p + 1] = im;
                    p++;
                }
            }
            start[i + 1] = p;
        }
        return sparse(n, start, cols, vals);
    }

    /** This operator stored dense (this operator itself when it already is). */
    public Operator toDense() {
        return isSparse() ? dense(dimension, toInterleaved()) : this;
    }

    /** Real part of entry (i, j). */
    public double re(int i, int j) {
        if (isSparse()) {
            int p = find(i, j);
            return p < 0 ? 0.0 : values[2 * p];
        }
        return data[2 * (i * dimension + j)];
    }

    /** Imaginary part of entry (i, j). */
    public double im(int i, int j) {
        if (isSparse()) {
            int p = find(i, j);
            return p < 0 ? 0.0 : values[2 * p + 1];
        }
        return data[2 * (i * dimension + j) + 1];
    }

    /** The position of entry (i, j) in the sparse storage, or a negative number when it is zero. */
    private int find(int i, int j) {
        Objects.checkIndex(i, dimension);
        Objects.checkIndex(j, dimension);
        return Arrays.binarySearch(columns, rowStart[i], rowStart[i + 1], j);
    }

    /** A copy of the interleaved row-major entries (dense, whatever the storage). */
    public double[] toInterleaved() {
        if (!isSparse()) {
            return data.clone();
        }
        double[] d = new double[2 * dimension * dimension];
        scatter(d, 0);
        return d;
    }

    /** Copies the interleaved row-major entries (all 2 d^2 of them, zeros included) into {@code target} at {@code offset}. */
    public void copyInto(double[] target, int offset) {
        if (!isSparse()) {
            System.arraycopy(data, 0, target, offset, data.length);
            return;
        }
        Arrays.fill(target, offset, offset + 2 * dimension * dimension, 0.0);
        scatter(target, offset);
    }

    /** Writes the sparse entries into a zeroed dense array. */
    private void scatter(double[] target, int offset) {
        for (int i = 0; i < dimension; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                int k = offset + 2 * (i * dimension + columns[p]);
                target[k] = values[2 * p];
                target[k + 1] = values[2 * p + 1];
            }
        }
    }

    public Operator plus(Operator o) {
        requireSameDimension(o);
        if (isSparse() && o.isSparse()) {
            return sparseSum(o);
        }
        double[] d = toInterleaved();
        if (o.isSparse()) {
            for (int i = 0; i < dimension; i++) {
                for (int p = o.rowStart[i]; p < o.rowStart[i + 1]; p++) {
                    int k = 2 * (i * dimension + o.columns[p]);
                    d[k] += o.values[2 * p];
                    d[k + 1] += o.values[2 * p + 1];
                }
            }
        } else {
            for (int k = 0; k < d.length; k++) {
                d[k] += o.data[k];
            }
        }
        return chooseStorage(dimension, d);
    }

    /** The sum of two sparse operators, merging their rows. */
    private Operator sparseSum(Operator o) {
        int n = dimension;
        int[] start = new int[n + 1];
        int[] cols = new int[columns.length + o.columns.length];
        double[] vals = new double[2 * cols.length];
        int q = 0;
        for (int i = 0; i < n; i++) {
            int p = rowStart[i], pEnd = rowStart[i + 1], r = o.rowStart[i], rEnd = o.rowStart[i + 1];
            while (p < pEnd || r < rEnd) {
                int cp = p < pEnd ? columns[p] : Integer.MAX_VALUE;
                int cr = r < rEnd ? o.columns[r] : Integer.MAX_VALUE;
                double re = 0.0, im = 0.0;
                if (cp <= cr) {
                    re += values[2 * p];
                    im += values[2 * p + 1];
                    p++;
                }
                if (cr <= cp) {
                    re += o.values[2 * r];
                    im += o.values[2 * r + 1];
                    r++;
                }
                if (re != 0.0 || im != 0.0) {
                    cols[q] = Math.min(cp, cr);
                    vals[2 * q] = re;
                    vals[2 * q + 1] = im;
                    q++;
                }
            }
            start[i + 1] = q;
        }
        return chooseStorage(n, start, Arrays.copyOf(cols, q), Arrays.copyOf(vals, 2 * q));
    }

    public Operator minus(Operator o) {
        return plus(o.times(-1.0));
    }

    /** Multiplication by a real number. */
    public Operator times(double s) {
        double[] source = isSparse() ? values : data;
        double[] d = new double[source.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = source[k] * s;
        }
        return withValues(d);
    }

    /** Multiplication by the complex number re + i im. */
    public Operator times(double re, double im) {
        double[] source = isSparse() ? values : data;
        double[] d = new double[source.length];
        for (int k = 0; k < d.length; k += 2) {
            d[k] = source[k] * re - source[k + 1] * im;
            d[k + 1] = source[k] * im + source[k + 1] * re;
        }
        return withValues(d);
    }

    /** An operator with this one's storage pattern and new values (entries that became zero are dropped). */
    private Operator withValues(double[] newValues) {
        return isSparse() ? chooseStorage(dimension, rowStart.clone(), columns, newValues)
                : chooseStorage(dimension, newValues);
    }

    /** The matrix product this * o. Costs O(sum over the non-zero entries a_ik of the non-zero count of row k of o). */
    public Operator times(Operator o) {
        requireSameDimension(o);
        int n = dimension;
        if (isSparse() && o.isSparse()) {
            return sparseProduct(o);
        }
        double[] d = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            int rowC = 2 * i * n;
            if (isSparse()) {
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                    o.addScaledRow(values[2 * p], values[2 * p + 1], columns[p], d, rowC);
                }
            } else {
                for (int k = 0; k < n; k++) {
                    double ar = data[rowC + 2 * k], ai = data[rowC + 2 * k + 1];
                    if (ar != 0.0 || ai != 0.0) {
                        o.addScaledRow(ar, ai, k, d, rowC);
                    }
                }
            }
        }
        return chooseStorage(n, d);
    }

    /** target[offset + 2j ..] += (ar + i ai) * (row k of this), over the stored entries of the row. */
    private void addScaledRow(double ar, double ai, int k, double[] target, int offset) {
        if (isSparse()) {
            for (int q = rowStart[k]; q < rowStart[k + 1]; q++) {
                double br = values[2 * q], bi = values[2 * q + 1];
                int c = offset + 2 * columns[q];
                target[c] += ar * br - ai * bi;
                target[c + 1] += ar * bi + ai * br;
            }
        } else {
            int rowB = 2 * k * dimension;
            for (int j = 0; j < 2 * dimension; j += 2) {
                double br = data[rowB + j], bi = data[rowB + j + 1];
                target[offset + j] += ar * br - ai * bi;
                target[offset + j + 1] += ar * bi + ai * br;
            }
        }
    }

    /** The product of two sparse operators, row by row through a dense accumulator row. */
    private Operator sparseProduct(Operator o) {
        int n = dimension;
        double[] accumulator = new double[2 * n];
        boolean[] touched = new boolean[n];
        int[] rowColumns = new int[n];
        int[] start = new int[n + 1];
        int[] cols = new int[Math.max(16, columns.length)];
        double[] vals = new double[2 * cols.length];
        int q = 0;
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                int k = columns[p];
                for (int r = o.rowStart[k]; r < o.rowStart[k + 1]; r++) {
                    int j = o.columns[r];
                    if (!touched[j]) {
                        touched[j] = true;
                        rowColumns[count++] = j;
                    }
                }
                o.addScaledRow(values[2 * p], values[2 * p + 1], k, accumulator, 0);
            }
            Arrays.sort(rowColumns, 0, count);
            if (q + count > cols.length) {
                int capacity = Math.max(q + count, 2 * cols.length);
                cols = Arrays.copyOf(cols, capacity);
                vals = Arrays.copyOf(vals, 2 * capacity);
            }
            for (int t = 0; t < count; t++) {
                int j = rowColumns[t];
                double re = accumulator[2 * j], im = accumulator[2 * j + 1];
                accumulator[2 * j] = 0.0;
                accumulator[2 * j + 1] = 0.0;
                touched[j] = false;
                if (re != 0.0 || im != 0.0) {
                    cols[q] = j;
                    vals[2 * q] = re;
                    vals[2 * q + 1] = im;
                    q++;
                }
            }
            start[i + 1] = q;
        }
        return chooseStorage(n, start, Arrays.copyOf(cols, q), Arrays.copyOf(vals, 2 * q));
    }

    /** The Hermitian conjugate. */
    public Operator dagger() {
        int n = dimension;
        if (!isSparse()) {
            double[] d = new double[data.length];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    d[2 * (j * n + i)] = data[2 * (i * n + j)];
                    d[2 * (j * n + i) + 1] = -data[2 * (i * n + j) + 1];
                }
            }
            return chooseStorage(n, d);
        }
        int[] start = new int[n + 1];
        for (int column : columns) {
            start[column + 1]++;
        }
        for (int j = 0; j < n; j++) {
            start[j + 1] += start[j];
        }
        int[] next = Arrays.copyOf(start, n);
        int[] cols = new int[columns.length];
        double[] vals = new double[values.length];
        for (int i = 0; i < n; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                int q = next[columns[p]]++;
                cols[q] = i;
                vals[2 * q] = values[2 * p];
                vals[2 * q + 1] = -values[2 * p + 1];
            }
        }
        return sparse(n, start, cols, vals);
    }

    /**
     * The Kronecker product this (x) o, with this operator's index the slow one. Costs O(product of the non-zero
     * counts) plus O(d^2) of each dense factor; the result is sparse when its density (the product of the factors'
     * densities) is low.
     */
    public Operator kron(Operator o) {
        int n = dimension, m = o.dimension;
        long nmLong = (long) n * m;
        Operator a = toSparse(), b = o.toSparse();
        long nnz = (long) a.columns.length * b.columns.length;
        boolean sparseResult = sparseEnough(nnz, (int) Math.min(nmLong, Integer.MAX_VALUE));
        if (nmLong >= Integer.MAX_VALUE || 2 * (sparseResult ? nnz : nmLong * nmLong) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Kronecker product too large: dimension " + nmLong + " with "
                    + nnz + " non-zero entries");
        }
        int nm = (int) nmLong;
        int[] start = sparseResult ? new int[nm + 1] : null;
        int[] cols = sparseResult ? new int[(int) nnz] : null;
        double[] vals = sparseResult ? new double[2 * (int) nnz] : new double[2 * nm * nm];
        int q = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                int row = i * m + k;
                for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) {
                    double ar = a.values[2 * p], ai = a.values[2 * p + 1];
                    int offset = a.columns[p] * m;
                    for (int r = b.rowStart[k]; r < b.rowStart[k + 1]; r++) {
                        double br = b.values[2 * r], bi = b.values[2 * r + 1];
                        int col = offset + b.columns[r];
                        int at = sparseResult ? q++ : row * nm + col;
                        if (sparseResult) {
                            cols[at] = col;
                        }
                        vals[2 * at] = ar * br - ai * bi;
                        vals[2 * at + 1] = ar * bi + ai * br;
                    }
                }
                if (sparseResult) {
                    start[row + 1] = q;
                }
            }
        }
        return sparseResult ? chooseStorage(nm, start, cols, vals) : chooseStorage(nm, vals);
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

    /** Re Tr(this * o), computed without forming the product (over the non-zero entries of a sparse factor). */
    public double traceOfProductRe(Operator o) {
        requireSameDimension(o);
        int n = dimension;
        double t = 0;
        if (isSparse()) {
            for (int i = 0; i < n; i++) {
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                    int k = columns[p];
                    t += values[2 * p] * o.re(k, i) - values[2 * p + 1] * o.im(k, i);
                }
            }
            return t;
        }
        if (o.isSparse()) {
            return o.traceOfProductRe(this);
        }
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
        if (isSparse()) {
            for (int i = 0; i < n; i++) {
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                    int j = columns[p];
                    double dr = values[2 * p] - re(j, i), di = values[2 * p + 1] + im(j, i);
                    worst = Math.max(worst, Math.hypot(dr, di));
                }
            }
            return worst;
        }
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
        double[] source = isSparse() ? values : data;
        double worst = 0;
        for (int k = 0; k < source.length; k += 2) {
            worst = Math.max(worst, Math.hypot(source[k], source[k + 1]));
        }
        return worst;
    }

    /** Whether every entry is zero. */
    public boolean isZero() {
        if (isSparse()) {
            return columns.length == 0;
        }
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

    private static boolean sparseEnough(long nonZeros, int dimension) {
        return nonZeros < SPARSE_DENSITY * dimension * (double) dimension;
    }

    private static Operator dense(int dimension, double[] data) {
        return new Operator(dimension, data, null, null, null);
    }

    /** Sparse storage from arrays with sorted columns and no zero entries. */
    private static Operator sparse(int dimension, int[] rowStart, int[] columns, double[] values) {
        return new Operator(dimension, null, rowStart, columns, values);
    }

    /** Dense data in the storage its density calls for. */
    private static Operator chooseStorage(int dimension, double[] data) {
        Operator dense = wrap(dimension, data);
        return sparseEnough(dense.nonZeros(), dimension) ? dense.toSparse() : dense;
    }

    /** Compressed rows (sorted columns; zero entries allowed and dropped here) in the storage their density calls for. */
    private static Operator chooseStorage(int dimension, int[] rowStart, int[] columns, double[] values) {
        int nonZeros = 0;
        for (int p = 0; p < columns.length; p++) {
            if (values[2 * p] != 0.0 || values[2 * p + 1] != 0.0) {
                nonZeros++;
            }
        }
        if (nonZeros < columns.length) {
            int q = 0;
            int[] cols = new int[nonZeros];
            double[] vals = new double[2 * nonZeros];
            for (int i = 0; i < dimension; i++) {
                int from = rowStart[i];
                rowStart[i] = q;
                for (int p = from; p < rowStart[i + 1]; p++) {
                    if (values[2 * p] != 0.0 || values[2 * p + 1] != 0.0) {
                        cols[q] = columns[p];
                        vals[2 * q] = values[2 * p];
                        vals[2 * q + 1] = values[2 * p + 1];
                        q++;
                    }
                }
            }
            rowStart[dimension] = q;
            columns = cols;
            values = vals;
        }
        Operator sparse = sparse(dimension, rowStart, columns, values);
        return sparseEnough(nonZeros, dimension) ? sparse : sparse.toDense();
    }

    /** Fills {@code row} (length 2 d) with the dense entries of row i. */
    private void denseRow(int i, double[] row) {
        if (!isSparse()) {
            System.arraycopy(data, 2 * i * dimension, row, 0, 2 * dimension);
            return;
        }
        Arrays.fill(row, 0.0);
        for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
            row[2 * columns[p]] = values[2 * p];
            row[2 * columns[p] + 1] = values[2 * p + 1];
        }
    }

    private static boolean sameNumber(double a, double b) {
        return a == b || (a != a && b != b);
    }

    /**
     * Equal when the other object is an operator of the same dimension with the same entries, whatever either's
     * storage. Entries are compared as numbers (0.0 equals -0.0; NaN equals NaN).
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Operator other) || other.dimension != dimension) {
            return false;
        }
        if (isSparse() && other.isSparse()) {
            if (!Arrays.equals(rowStart, other.rowStart) || !Arrays.equals(columns, other.columns)) {
                return false;
            }
            for (int k = 0; k < values.length; k++) {
                if (!sameNumber(values[k], other.values[k])) {
                    return false;
                }
            }
            return true;
        }
        double[] mine = new double[2 * dimension];
        double[] theirs = new double[2 * dimension];
        for (int i = 0; i < dimension; i++) {
            denseRow(i, mine);
            other.denseRow(i, theirs);
            for (int k = 0; k < mine.length; k++) {
                if (!sameNumber(mine[k], theirs[k])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Consistent with {@link #equals}: a function of the dimension and the non-zero entries only. */
    @Override
    public int hashCode() {
        int h = 31 * dimension;
        int n = dimension;
        for (int i = 0; i < n; i++) {
            if (isSparse()) {
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                    h = mix(h, i * n + columns[p], values[2 * p], values[2 * p + 1]);
                }
            } else {
                for (int j = 0; j < n; j++) {
                    double re = data[2 * (i * n + j)], im = data[2 * (i * n + j) + 1];
                    if (re != 0.0 || im != 0.0) {
                        h = mix(h, i * n + j, re, im);
                    }
                }
            }
        }
        return h;
    }

    private static int mix(int h, int index, double re, double im) {
        h = 31 * h + index;
        h = 31 * h + (re == 0.0 ? 0 : Double.hashCode(re));
        return 31 * h + (im == 0.0 ? 0 : Double.hashCode(im));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Operator[").append(dimension).append("]{");
        double[] row = new double[2 * dimension];
        for (int i = 0; i < dimension; i++) {
            b.append(i == 0 ? "" : "; ");
            denseRow(i, row);
            for (int j = 0; j < dimension; j++) {
                double re = row[2 * j], im = row[2 * j + 1];
                b.append(j == 0 ? "" : ", ").append(re);
                if (im != 0.0) {
                    b.append(im > 0 ? "+" : "").append(im).append('i');
                }
            }
        }
        return b.append('}').toString();
    }
}
