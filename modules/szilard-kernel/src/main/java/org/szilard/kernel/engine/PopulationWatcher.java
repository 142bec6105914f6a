package org.szilard.kernel.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.szilard.api.substance.PopulationWatch;

/**
 * Follows the populations a substance asks to watch (for example the top level of a truncated oscillator) over every
 * accepted step, without allocating, and turns the largest value of each that exceeded its bound into a warning.
 */
final class PopulationWatcher {

    private final List<PopulationWatch> watches;
    private final int dimension;
    private final int[][] rows;
    private final int[][] columns;
    private final double[][] re;
    private final double[][] im;
    private final double[] largest;
    private final double[] largestAt;

    PopulationWatcher(List<PopulationWatch> watches, int dimension) {
        this.watches = List.copyOf(watches);
        this.dimension = dimension;
        int n = this.watches.size();
        rows = new int[n][];
        columns = new int[n][];
        re = new double[n][];
        im = new double[n][];
        largest = new double[n];
        largestAt = new double[n];
        for (int w = 0; w < n; w++) {
            var projector = this.watches.get(w).projector();
            int count = projector.nonZeros();
            rows[w] = new int[count];
            columns[w] = new int[count];
            re[w] = new double[count];
            im[w] = new double[count];
            int[] k = {0};
            int index = w;
            projector.forEachNonZero((i, j, r, m) -> {
                rows[index][k[0]] = i;
                columns[index][k[0]] = j;
                re[index][k[0]] = r;
                im[index][k[0]] = m;
                k[0]++;
            });
            largest[w] = Double.NEGATIVE_INFINITY;
        }
    }

    /** Records Re Tr(rho P) = sum_ij Re(P_ij rho_ji) for the density matrix at the start of y. */
    void observe(double time, double[] y) {
        for (int w = 0; w < rows.length; w++) {
            double value = 0.0;
            for (int k = 0; k < rows[w].length; k++) {
                int ji = 2 * (columns[w][k] * dimension + rows[w][k]);
                value += re[w][k] * y[ji] - im[w][k] * y[ji + 1];
            }
            if (value > largest[w]) {
                largest[w] = value;
                largestAt[w] = time;
            }
        }
    }

    /** One warning for each watched population that exceeded its bound. */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (int w = 0; w < rows.length; w++) {
            PopulationWatch watch = watches.get(w);
            if (largest[w] > watch.bound()) {
                warnings.add(String.format(Locale.ROOT, "%s (largest value %.3g at t = %.6g, bound %.3g)",
                        watch.meaning(), largest[w], largestAt[w], watch.bound()));
            }
        }
        return warnings;
    }
}
