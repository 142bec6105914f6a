package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;

import java.util.Arrays;

/**
 * Operations on composite systems H_0 (x) H_1 (x) ... given by their dimensions in Kronecker order (subsystem 0 is
 * the slowest index): partial trace and partial transpose. Stateless and thread-safe.
 */
public final class Subsystems {

    private Subsystems() {
    }

    /**
     * The partial trace over every subsystem not in {@code keep}. {@code keep} may be in any order and may be empty
     * (giving the 1 x 1 matrix of the trace); the kept subsystems appear in the result in their original order.
     *
     * @throws IllegalArgumentException for inconsistent dimensions, out-of-range or repeated indices
     */
    public static ZMatrixRMaj partialTrace(ZMatrixRMaj rho, int[] dimensions, int... keep) {
        int n = checkDimensions(rho, dimensions);
        boolean[] kept = selection(dimensions.length, keep);
        int[] strides = strides(dimensions);
        int[] keptOffsets = offsets(dimensions, strides, kept, true);
        int[] tracedOffsets = offsets(dimensions, strides, kept, false);
        int m = keptOffsets.length;
        ZMatrixRMaj out = new ZMatrixRMaj(m, m);
        double[] src = rho.data;
        double[] dst = out.data;
        for (int i = 0; i < m; i++) {
            int rowBase = keptOffsets[i];
            for (int j = 0; j < m; j++) {
                int colBase = keptOffsets[j];
                double re = 0.0;
                double im = 0.0;
                for (int t : tracedOffsets) {
                    int at = 2 * ((rowBase + t) * n + colBase + t);
                    re += src[at];
                    im += src[at + 1];
                }
                dst[2 * (i * m + j)] = re;
                dst[2 * (i * m + j) + 1] = im;
            }
        }
        return out;
    }

    /**
     * The partial transpose over the listed subsystems (any order; none gives a copy):
     * &lt;i_T i_R| out |j_T j_R&gt; = &lt;j_T i_R| rho |i_T j_R&gt; with T the listed subsystems and R the rest.
     *
     * @throws IllegalArgumentException for inconsistent dimensions, out-of-range or repeated indices
     */
    public static ZMatrixRMaj partialTranspose(ZMatrixRMaj rho, int[] dimensions, int... transposed) {
        int n = checkDimensions(rho, dimensions);
        boolean[] selected = selection(dimensions.length, transposed);
        int[] strides = strides(dimensions);
        // part[r] = the part of index r that belongs to the transposed subsystems
        int[] part = new int[n];
        for (int k = 0; k < dimensions.length; k++) {
            if (!selected[k]) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                part[r] += (r / strides[k]) % dimensions[k] * strides[k];
            }
        }
        ZMatrixRMaj out = new ZMatrixRMaj(n, n);
        double[] src = rho.data;
        double[] dst = out.data;
        for (int r = 0; r < n; r++) {
            int pr = part[r];
            int rest = r - pr;
            for (int c = 0; c < n; c++) {
                int pc = part[c];
                int row = rest + pc;
                int col = c - pc + pr;
                int from = 2 * (r * n + c);
                int to = 2 * (row * n + col);
                dst[to] = src[from];
                dst[to + 1] = src[from + 1];
            }
        }
        return out;
    }

    private static int checkDimensions(ZMatrixRMaj rho, int[] dimensions) {
        if (rho.numRows != rho.numCols) {
            throw new IllegalArgumentException("need a square matrix, got " + rho.numRows + " x " + rho.numCols);
        }
        if (dimensions.length == 0) {
            throw new IllegalArgumentException("no subsystem dimensions given");
        }
        long product = 1;
        for (int d : dimensions) {
            if (d < 1) {
                throw new IllegalArgumentException("subsystem dimensions must be >= 1, got " + d);
            }
            product *= d;
            if (product > rho.numRows) {
                break;
            }
        }
        if (product != rho.numRows) {
            throw new IllegalArgumentException("subsystem dimensions " + Arrays.toString(dimensions)
                    + " do not multiply to the matrix size " + rho.numRows);
        }
        return rho.numRows;
    }

    private static boolean[] selection(int count, int[] indices) {
        boolean[] chosen = new boolean[count];
        for (int k : indices) {
            if (k < 0 || k >= count) {
                throw new IllegalArgumentException("subsystem index " + k + " out of range 0.." + (count - 1));
            }
            if (chosen[k]) {
                throw new IllegalArgumentException("subsystem index " + k + " listed twice");
            }
            chosen[k] = true;
        }
        return chosen;
    }

    private static int[] strides(int[] dimensions) {
        int[] strides = new int[dimensions.length];
        int s = 1;
        for (int k = dimensions.length - 1; k >= 0; k--) {
            strides[k] = s;
            s *= dimensions[k];
        }
        return strides;
    }

    /** Full-space index offsets of all multi-indices of the subsystems with chosen[k] == which, slowest first. */
    private static int[] offsets(int[] dimensions, int[] strides, boolean[] chosen, boolean which) {
        int size = 1;
        for (int k = 0; k < dimensions.length; k++) {
            if (chosen[k] == which) {
                size *= dimensions[k];
            }
        }
        int[] result = new int[size];
        int filled = 1;
        for (int k = 0; k < dimensions.length; k++) {
            if (chosen[k] != which) {
                continue;
            }
            int d = dimensions[k];
            // expand in place from the back so that earlier subsystems stay the slower index
            for (int i = filled - 1; i >= 0; i--) {
                int base = result[i];
                for (int digit = d - 1; digit >= 0; digit--) {
                    result[i * d + digit] = base + digit * strides[k];
                }
            }
            filled *= d;
        }
        return result;
    }
}
