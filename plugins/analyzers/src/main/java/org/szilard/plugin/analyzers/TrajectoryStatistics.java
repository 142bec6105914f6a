package org.szilard.plugin.analyzers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.TrajectoryTally;

/**
 * Work and heat statistics of quantum-jump trajectories over the reported stretch (the last cycle, or the run), from
 * the solver's tally: per quantity the weighted mean, variance and distribution, and the covariance matrix of work and
 * the heats (their joint second moments). Work is done ON the system; the heat of reservoir r is taken from it,
 * counted as the Bohr energy of each of its jumps. A distribution lists every distinct value (within 1e-9 of the
 * largest magnitude) with its probability when there are at most {@value #MAX_VALUES} of them, else the probability
 * of each of {@value #BINS} equal bins at its centre.
 *
 * <p>{@code uncertaintyRatio} is, per reservoir, Var(Q_r) Sigma / (2 &lt;Q_r&gt;^2) with Sigma the entropy production of
 * the stretch (Delta S of the mean state less sum_r Q_r / T_r, booked heats): the thermodynamic uncertainty relation
 * of classical steady states says it is at least 1 (Barato and Seifert, PRL 114, 158101, 2015); driven and coherent
 * machines may go below. Null where a temperature is 0 or the mean heat vanishes.
 */
final class TrajectoryStatistics {

    static final int MAX_VALUES = 200;
    static final int BINS = 40;
    private static final double RESOLUTION = 1e-9;

    private TrajectoryStatistics() {
    }

    /** Puts the statistics of the tally into the block. */
    static ResultBlock report(ResultBlock block, RunRecord run, TrajectoryTally tally) {
        double[] w = tally.weights();
        List<String> names = new ArrayList<>(run.reservoirs().keySet());
        block.put("trajectories", tally.size());
        block.put("meanWork", mean(w, tally.work()));
        block.put("workVariance", covariance(w, tally.work(), tally.work()));
        block.put("distribution", distribution(w, tally.work(), "work"));
        Map<String, Object> heats = new LinkedHashMap<>();
        Map<String, Object> ratios = new LinkedHashMap<>();
        double sigma = entropyProduction(run);
        for (int r = 0; r < tally.reservoirs(); r++) {
            double[] q = tally.heat()[r];
            Map<String, Object> stats = new LinkedHashMap<>();
            double mean = mean(w, q);
            double variance = covariance(w, q, q);
            stats.put("mean", mean);
            stats.put("variance", variance);
            stats.put("distribution", distribution(w, q, "heat"));
            heats.put(names.get(r), stats);
            ratios.put(names.get(r), mean != 0.0 ? variance * sigma / (2.0 * mean * mean) : Double.NaN);
        }
        block.put("heat", heats);
        block.put("covariance", covariances(w, tally, names));
        block.put("uncertaintyRatio", ratios);
        return block.put("freeEnergyDifference", Double.NaN).put("jarzynski", Double.NaN)
                .put("crooksMaxDeviation", Double.NaN);
    }

    /** Sigma = Delta S - sum_r Q_r / T_r over the reported stretch; NaN when a reservoir with heat is at T = 0. */
    private static double entropyProduction(RunRecord run) {
        Interval reported = run.reported();
        double sigma = run.math().vonNeumannEntropy(reported.end().rho())
                - run.math().vonNeumannEntropy(reported.start().rho());
        for (Map.Entry<String, Reservoir> e : run.reservoirs().entrySet()) {
            double q = reported.heat().getOrDefault(e.getKey(), 0.0);
            if (q != 0.0) {
                sigma -= q / e.getValue().temperature();
            }
        }
        return Double.isFinite(sigma) ? sigma : Double.NaN;
    }

    /** The covariance matrix of work and heats, keyed "work" and the reservoir names. */
    private static Map<String, Map<String, Double>> covariances(double[] w, TrajectoryTally tally, List<String> names) {
        List<String> keys = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        keys.add("work");
        columns.add(tally.work());
        for (int r = 0; r < tally.reservoirs(); r++) {
            keys.add(names.get(r));
            columns.add(tally.heat()[r]);
        }
        Map<String, Map<String, Double>> matrix = new LinkedHashMap<>();
        for (int a = 0; a < keys.size(); a++) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int b = 0; b < keys.size(); b++) {
                row.put(keys.get(b), covariance(w, columns.get(a), columns.get(b)));
            }
            matrix.put(keys.get(a), row);
        }
        return matrix;
    }

    static double mean(double[] w, double[] x) {
        double m = 0.0, total = 0.0;
        for (int i = 0; i < x.length; i++) {
            m += w[i] * x[i];
            total += w[i];
        }
        return m / total;
    }

    static double covariance(double[] w, double[] x, double[] y) {
        double mx = mean(w, x), my = mean(w, y), c = 0.0, total = 0.0;
        for (int i = 0; i < x.length; i++) {
            c += w[i] * (x[i] - mx) * (y[i] - my);
            total += w[i];
        }
        return c / total;
    }

    /**
     * The distribution of x under the weights, as entries {key: value, probability: p} by increasing value: values
     * within the resolution of a group's lowest merged as the TPM distribution merges work values
     * ({@link Fluctuations#merge}).
     */
    static List<Map<String, Double>> distribution(double[] w, double[] x, String key) {
        double scale = 0.0, total = 0.0;
        List<double[]> pairs = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            scale = Math.max(scale, Math.abs(x[i]));
            total += w[i];
        }
        for (int i = 0; i < x.length; i++) {
            pairs.add(new double[] {x[i], w[i] / total});
        }
        pairs.sort(Comparator.comparingDouble(p -> p[0]));
        List<double[]> values = Fluctuations.merge(pairs, RESOLUTION * Math.max(scale, Double.MIN_NORMAL));
        if (values.size() > MAX_VALUES) {
            values = bins(values);
        }
        List<Map<String, Double>> entries = new ArrayList<>(values.size());
        for (double[] v : values) {
            Map<String, Double> entry = new LinkedHashMap<>();
            entry.put(key, v[0]);
            entry.put("probability", v[1]);
            entries.add(entry);
        }
        return entries;
    }

    /** Sorted {value, probability} pairs summed into equal bins between the extremes, at the bin centres. */
    private static List<double[]> bins(List<double[]> values) {
        double low = values.get(0)[0], high = values.get(values.size() - 1)[0];
        double width = (high - low) / BINS;
        List<double[]> bins = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            bins.add(new double[] {low + (b + 0.5) * width, 0.0});
        }
        for (double[] v : values) {
            int b = Math.min(BINS - 1, (int) ((v[0] - low) / width));
            bins.get(b)[1] += v[1];
        }
        return bins;
    }
}
