package org.szilard.plugin.reservoirs.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.szilard.api.operator.Operator;

/**
 * The ordered pairs (a, b) of eigenstates whose transition |a&gt;&lt;b| releases one Bohr frequency w = E_b - E_a
 * (of either sign; eigenstates in increasing energy order). The group of frequency 0 holds all pairs of
 * (numerically) equal energy, a = b included.
 */
final class BohrFrequency {

    /**
     * Eigenvalue round-off relative to the largest |E|: frequencies closer than this are never told apart, so that
     * a degenerate level shifted by a constant offset stays degenerate.
     */
    private static final double ROUND_OFF = 1e-12;

    private final double frequency;
    private final int[] to;
    private final int[] from;

    private BohrFrequency(double frequency, int[] to, int[] from) {
        this.frequency = frequency;
        this.to = to;
        this.from = from;
    }

    /** The Bohr frequency: exactly 0 for the degenerate pairs, else the mean over the group's pairs. */
    double frequency() {
        return frequency;
    }

    /**
     * Groups all ordered pairs by Bohr frequency.
     *
     * @param energies the eigenvalues, increasing
     * @param relativeTolerance frequencies closer than this times the spectral width count as equal
     * @return the groups in increasing frequency, the zero-frequency group among them
     */
    static List<BohrFrequency> group(double[] energies, double relativeTolerance) {
        int d = energies.length;
        double width = energies[d - 1] - energies[0];
        double largest = Math.max(Math.abs(energies[0]), Math.abs(energies[d - 1]));
        double tolerance = relativeTolerance * width + ROUND_OFF * largest;

        List<int[]> degenerate = new ArrayList<>();
        List<int[]> transitions = new ArrayList<>();
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                int[] pair = {a, b};
                (Math.abs(frequency(energies, pair)) <= tolerance ? degenerate : transitions).add(pair);
            }
        }
        transitions.sort(Comparator.comparingDouble(p -> frequency(energies, p)));

        List<BohrFrequency> groups = new ArrayList<>();
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
        groups.add((int) groups.stream().filter(g -> g.frequency < 0).count(), of(0.0, degenerate));
        return groups;
    }

    private static double frequency(double[] energies, int[] pair) {
        return energies[pair[1]] - energies[pair[0]];
    }

    private static BohrFrequency of(double frequency, List<int[]> pairs) {
        int[] to = new int[pairs.size()];
        int[] from = new int[pairs.size()];
        for (int k = 0; k < to.length; k++) {
            to[k] = pairs.get(k)[0];
            from[k] = pairs.get(k)[1];
        }
        return new BohrFrequency(frequency, to, from);
    }

    /** sum over the group's pairs of X_ab |a&gt;&lt;b|, with X given in the same (eigen)basis. */
    Operator select(Operator x) {
        Operator.Builder selected = Operator.builder(x.dimension());
        for (int k = 0; k < to.length; k++) {
            selected.add(to[k], from[k], x.re(to[k], from[k]), x.im(to[k], from[k]));
        }
        return selected.build();
    }

    @Override
    public String toString() {
        return "w = " + frequency + ": " + to.length + " pairs " + Arrays.toString(from) + " -> "
                + Arrays.toString(to);
    }
}
