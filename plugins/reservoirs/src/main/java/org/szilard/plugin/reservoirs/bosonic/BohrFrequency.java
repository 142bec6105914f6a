package org.szilard.plugin.reservoirs.bosonic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.szilard.api.operator.Operator;

/**
 * The pairs (a, b) of eigenstates that share one Bohr frequency w = E_b - E_a &gt;= 0, eigenstates in increasing
 * energy order. The group of frequency 0 holds all pairs of (numerically) equal energy, both orders and a = b.
 */
final class BohrFrequency {

    /**
     * Eigenvalue round-off relative to the largest |E|: frequencies closer than this are never told apart, so that
     * a degenerate level shifted by a constant offset stays degenerate.
     */
    private static final double ROUND_OFF = 1e-12;

    private final double frequency;
    private final int[] lower;
    private final int[] upper;

    private BohrFrequency(double frequency, int[] lower, int[] upper) {
        this.frequency = frequency;
        this.lower = lower;
        this.upper = upper;
    }

    /** The Bohr frequency: exactly 0 for the degenerate pairs, else the mean over the group's pairs. */
    double frequency() {
        return frequency;
    }

    /**
     * Groups all pairs by Bohr frequency.
     *
     * @param energies the eigenvalues, increasing
     * @param relativeTolerance frequencies closer than this times the spectral width count as equal
     * @return the zero-frequency group first, then the positive frequencies increasing
     */
    static List<BohrFrequency> group(double[] energies, double relativeTolerance) {
        int d = energies.length;
        double width = energies[d - 1] - energies[0];
        double largest = Math.max(Math.abs(energies[0]), Math.abs(energies[d - 1]));
        double tolerance = relativeTolerance * width + ROUND_OFF * largest;

        List<int[]> degenerate = new ArrayList<>();
        List<int[]> transitions = new ArrayList<>();
        for (int a = 0; a < d; a++) {
            degenerate.add(new int[] {a, a});
            for (int b = a + 1; b < d; b++) {
                if (energies[b] - energies[a] <= tolerance) {
                    degenerate.add(new int[] {a, b});
                    degenerate.add(new int[] {b, a});
                } else {
                    transitions.add(new int[] {a, b});
                }
            }
        }
        List<BohrFrequency> groups = new ArrayList<>();
        groups.add(of(0.0, degenerate));

        Comparator<int[]> byFrequency = Comparator.comparingDouble(p -> energies[p[1]] - energies[p[0]]);
        transitions.sort(byFrequency);
        int start = 0;
        while (start < transitions.size()) {
            double first = frequency(energies, transitions.get(start));
            int end = start;
            double sum = 0.0;
            while (end < transitions.size() && frequency(energies, transitions.get(end)) - first <= tolerance) {
                sum += frequency(energies, transitions.get(end));
                end++;
            }
            groups.add(of(sum / (end - start), transitions.subList(start, end)));
            start = end;
        }
        return groups;
    }

    private static double frequency(double[] energies, int[] pair) {
        return energies[pair[1]] - energies[pair[0]];
    }

    private static BohrFrequency of(double frequency, List<int[]> pairs) {
        int[] lower = new int[pairs.size()];
        int[] upper = new int[pairs.size()];
        for (int k = 0; k < lower.length; k++) {
            lower[k] = pairs.get(k)[0];
            upper[k] = pairs.get(k)[1];
        }
        return new BohrFrequency(frequency, lower, upper);
    }

    /** sum over the group's pairs of X_ab |a&gt;&lt;b|, with X given in the same (eigen)basis. */
    Operator select(Operator x) {
        int d = x.dimension();
        double[] data = new double[2 * d * d];
        for (int k = 0; k < lower.length; k++) {
            int index = 2 * (lower[k] * d + upper[k]);
            data[index] = x.re(lower[k], upper[k]);
            data[index + 1] = x.im(lower[k], upper[k]);
        }
        return Operator.wrap(d, data);
    }

    @Override
    public String toString() {
        return "w = " + frequency + ": " + lower.length + " pairs " + Arrays.toString(lower) + " -> "
                + Arrays.toString(upper);
    }
}
