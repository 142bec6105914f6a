package org.szilard.kernel.steady;

import java.util.Arrays;

/**
 * The invariant subspaces of a matrix spanned by basis vectors: the connected components of the graph that links
 * basis states i and j when A_ij or A_ji is not zero. A Hamiltonian with a conserved quantity that is diagonal in the
 * basis (the magnetisation of an XXZ chain, the particle number of quantum dots) splits into such sectors, and every
 * matrix function of it, its Schur form among them, is block diagonal once the basis is reordered sector by sector.
 * That reordering is kept here: position p of the reordered basis holds original basis state {@link #state(int)},
 * and the sector of position p occupies positions {@link #start(int)} to {@link #end(int)} (exclusive).
 */
final class Sectors {

    private final int[] order;
    private final int[] start;
    private final int[] end;
    private final int count;

    private Sectors(int[] order, int[] start, int[] end, int count) {
        this.order = order;
        this.start = start;
        this.end = end;
        this.count = count;
    }

    /** The sectors of the d x d complex matrix stored interleaved (re, im) row by row in a. */
    static Sectors of(int d, double[] a) {
        int[] parent = new int[d];
        for (int i = 0; i < d; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                int ij = 2 * (i * d + j);
                int ji = 2 * (j * d + i);
                if (a[ij] != 0.0 || a[ij + 1] != 0.0 || a[ji] != 0.0 || a[ji + 1] != 0.0) {
                    int ri = root(parent, i);
                    int rj = root(parent, j);
                    if (ri != rj) {
                        parent[Math.max(ri, rj)] = Math.min(ri, rj);
                    }
                }
            }
        }
        // Sectors in the order of their first basis state, states in their original order within each.
        int[] label = new int[d];
        int[] size = new int[d];
        int count = 0;
        for (int i = 0; i < d; i++) {
            int r = root(parent, i);
            label[i] = r == i ? count++ : label[r];
            size[label[i]]++;
        }
        int[] offset = new int[count + 1];
        for (int s = 0; s < count; s++) {
            offset[s + 1] = offset[s] + size[s];
        }
        int[] next = Arrays.copyOf(offset, count);
        int[] order = new int[d];
        int[] start = new int[d];
        int[] end = new int[d];
        for (int i = 0; i < d; i++) {
            int s = label[i];
            int p = next[s]++;
            order[p] = i;
            start[p] = offset[s];
            end[p] = offset[s + 1];
        }
        return new Sectors(order, start, end, count);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The number of sectors. */
    int count() {
        return count;
    }

    /** The original basis state at position p of the reordered basis. */
    int state(int p) {
        return order[p];
    }

    /** The first position of the sector of position p. */
    int start(int p) {
        return start[p];
    }

    /** One past the last position of the sector of position p. */
    int end(int p) {
        return end[p];
    }

    /** out = P^T m P: the d x d complex matrix m (interleaved, row by row) in the reordered basis. */
    void reorder(double[] m, double[] out) {
        permute(m, out, true);
    }

    /** out = P m P^T: the inverse of {@link #reorder}. */
    void restore(double[] m, double[] out) {
        permute(m, out, false);
    }

    private void permute(double[] m, double[] out, boolean toReordered) {
        int d = order.length;
        for (int p = 0; p < d; p++) {
            int row = 2 * order[p] * d;
            for (int q = 0; q < d; q++) {
                int original = row + 2 * order[q];
                int reordered = 2 * (p * d + q);
                int from = toReordered ? original : reordered;
                int to = toReordered ? reordered : original;
                out[to] = m[from];
                out[to + 1] = m[from + 1];
            }
        }
    }
}
