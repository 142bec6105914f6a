package org.szilard.cli.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.szilard.api.analyzer.ResultBlock;

/**
 * Histograms of the {@code fluctuations} block: the work distribution ({@code "distribution"}: a list of
 * {@code {work, probability}}) and, when an analyzer gives them, the heat distribution of each reservoir
 * ({@code "heat": {NAME: {"distribution": [{heat, probability}]}}}). Missing or empty distributions are left out.
 */
public final class DistributionCharts {

    /** The work histogram's file. */
    public static final String WORK = "work-distribution.png";

    private static final String BLOCK = "fluctuations";

    private DistributionCharts() {
    }

    /** The histograms of a run's result blocks. */
    public static List<Chart> of(Map<String, ResultBlock> blocks) {
        List<Chart> charts = new ArrayList<>();
        ResultBlock block = blocks.get(BLOCK);
        if (block == null) {
            return charts;
        }
        Map<String, Object> values = block.values();
        histogram(values.get("distribution"), "work").ifPresent(curve -> charts.add(new Chart(WORK,
                "Work distribution (two-point measurement)", "work done on the system W (energy units)",
                "probability", Chart.Style.BARS, List.of(curve))));
        if (values.get("heat") instanceof Map<?, ?> heat) {
            for (Map.Entry<?, ?> reservoir : heat.entrySet()) {
                if (reservoir.getValue() instanceof Map<?, ?> entry) {
                    String name = String.valueOf(reservoir.getKey());
                    histogram(entry.get("distribution"), "heat").ifPresent(curve -> charts.add(new Chart(
                            "heat-distribution-" + FileNames.safe(name) + ".png", "Heat distribution of reservoir "
                            + name, "heat Q from " + name + " (energy units)", "probability", Chart.Style.BARS,
                            List.of(curve))));
                }
            }
        }
        return charts;
    }

    /** The bars of a list of {KEY: value, probability: p}; empty when the list is missing, empty or malformed. */
    static Optional<Curve> histogram(Object list, String key) {
        if (!(list instanceof List<?> entries) || entries.isEmpty()) {
            return Optional.empty();
        }
        double[] x = new double[entries.size()];
        double[] p = new double[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> entry && entry.get(key) instanceof Number value
                    && entry.get("probability") instanceof Number probability)) {
                return Optional.empty();
            }
            x[i] = value.doubleValue();
            p[i] = probability.doubleValue();
        }
        return Optional.of(new Curve("P(" + key + ")", x, p));
    }
}
