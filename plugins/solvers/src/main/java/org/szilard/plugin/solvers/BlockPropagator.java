package org.szilard.plugin.solvers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.solver.SolverException;

/**
 * The propagator of a segment on {@link HermitianCoordinates}, exp(T M) for the real generator M of a constant
 * segment, or the integrated propagator of a segment whose control moves ({@link #ofColumns}): m coordinates of the
 * density matrix followed by k bookkeeping components (work, heats, particles), which M reads but which feed nothing
 * back (their columns are zero). The density-matrix coordinates split into the blocks M leaves invariant (the
 * connected components of its non-zero pattern); for a global (Davies) dissipator in the energy eigenbasis these are
 * the populations and the coherences of each Bohr frequency, so a d = 60 oscillator, d^2 = 3600 coordinates, becomes
 * one 60 x 60 block and many tiny ones. Each block B is exponentiated together with the bookkeeping rows it feeds, as
 * the augmented generator [[A, 0], [C, 0]] (A = M on B, C = the bookkeeping rows on B), whose exponential holds
 * exp(T A) and the integral of C exp(s A) over the segment: the booked work and heat. The cost is the sum over blocks
 * of (|B| + k)^3 instead of (m + k)^3. When a bookkeeping column is not zero, everything is one block.
 */
final class BlockPropagator {

    private final int m;
    private final int k;
    private final int[][] blocks;
    /** Per block, (|B| + k) x |B| row-major: exp(T A) on top, the k rows of the integral below. */
    private final double[][] maps;

    private BlockPropagator(int m, int k, int[][] blocks, double[][] maps) {
        this.m = m;
        this.k = k;
        this.blocks = blocks;
        this.maps = maps;
    }

    /**
     * exp(T M) from the columns of the generator M.
     *
     * @param rows    column j of M: the rows of its non-zero entries; length n = m + k
     * @param values  column j of M: those entries
     * @param k the number of bookkeeping components, the last k coordinates
     * @param maxBlock the largest |B| + k exponentiated; beyond it the segment is refused
     */
    static BlockPropagator of(int[][] rows, double[][] values, int k, double duration, QuantumMath math,
                              int maxBlock) {
        return split(rows, values, k, 0.0, maxBlock, block -> math.exponential(block, duration),
                "the propagator over a segment of duration " + duration + " is not finite (the generator has "
                        + "growing modes); the master equation is ill-posed");
    }

    /**
     * A propagator given by its columns (the images of the unit coordinate vectors over a segment), split into the
     * blocks it leaves invariant in the same way. Without feedback a bookkeeping column is its unit vector.
     *
     * @param rows    column j of the propagator: the rows of its non-zero entries; length n = m + k
     * @param values  column j: those entries
     */
    static BlockPropagator ofColumns(int[][] rows, double[][] values, int k) {
        return split(rows, values, k, 1.0, rows.length, block -> block,
                "the propagator of this segment is not finite; the master equation is ill-posed");
    }

    /**
     * Splits the matrix given by its columns into invariant blocks and turns each (augmented by the bookkeeping rows
     * it feeds) into its block of the propagator.
     *
     * @param unfed the diagonal entry of a bookkeeping column that feeds nothing back (0 in a generator, 1 in a
     *              propagator); any other column means feedback, and everything is one block
     */
    private static BlockPropagator split(int[][] rows, double[][] values, int k, double unfed, int maxBlock,
                                         UnaryOperator<Operator> propagator, String notFinite) {
        int n = rows.length;
        int m = n - k;
        boolean feedback = false;
        for (int j = m; j < n; j++) {
            boolean unit = unfed == 0.0 ? rows[j].length == 0
                    : rows[j].length == 1 && rows[j][0] == j && values[j][0] == unfed;
            feedback |= !unit;
        }
        int[][] blocks = feedback ? new int[][] {range(n)} : components(rows, m);
        int stateRows = feedback ? n : m;
        int extra = feedback ? 0 : k;
        double[][] maps = new double[blocks.length][];
        int[] position = new int[n];
        for (int b = 0; b < blocks.length; b++) {
            int[] block = blocks[b];
            int size = block.length + extra;
            if (size > maxBlock) {
                throw new SolverException("exponential solver: the generator of this segment has an invariant block "
                        + "of " + size + " rows, above the limit of " + maxBlock + " beyond which its exponential "
                        + "takes minutes and gigabytes; use the lindblad solver");
            }
            Arrays.fill(position, -1);
            for (int i = 0; i < block.length; i++) {
                position[block[i]] = i;
            }
            for (int r = 0; r < extra; r++) {
                position[m + r] = block.length + r;
            }
            Operator.Builder augmented = Operator.builder(size);
            for (int j : block) {
                for (int p = 0; p < rows[j].length; p++) {
                    int at = position[rows[j][p]];
                    if (at >= 0) {
                        augmented.add(at, position[j], values[j][p]);
                    }
                }
            }
            maps[b] = rowsOf(propagator.apply(augmented.build()), size, block.length, notFinite);
        }
        return new BlockPropagator(stateRows, extra, blocks, maps);
    }

    /** The first {@code columns} columns of a real propagator, row-major; refuses non-finite entries. */
    private static double[] rowsOf(Operator propagator, int size, int columns, String notFinite) {
        double[] map = new double[size * columns];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < columns; j++) {
                double v = propagator.re(i, j);
                if (!Double.isFinite(v)) {
                    throw new SolverException("exponential solver: " + notFinite);
                }
                map[i * columns + j] = v;
            }
        }
        return map;
    }

    /** The connected components of the pattern of M on the first m coordinates, each sorted. */
    private static int[][] components(int[][] rows, int m) {
        int[] parent = range(m);
        for (int j = 0; j < m; j++) {
            for (int i : rows[j]) {
                if (i < m) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        int[] group = new int[m];
        Arrays.fill(group, -1);
        for (int i = 0; i < m; i++) {
            int root = find(parent, i);
            if (group[root] < 0) {
                group[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(group[root]).add(i);
        }
        return groups.stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    /** next = exp(T M) c; next must not alias c. */
    void apply(double[] c, double[] next) {
        System.arraycopy(c, m, next, m, k);
        for (int b = 0; b < blocks.length; b++) {
            int[] block = blocks[b];
            double[] map = maps[b];
            int size = block.length;
            for (int i = 0; i < size + k; i++) {
                double sum = 0.0;
                int row = i * size;
                for (int j = 0; j < size; j++) {
                    sum += map[row + j] * c[block[j]];
                }
                if (i < size) {
                    next[block[i]] = sum;
                } else {
                    next[m + i - size] += sum;
                }
            }
        }
    }

    /** The number of invariant blocks (for tests). */
    int blockCount() {
        return blocks.length;
    }
}
