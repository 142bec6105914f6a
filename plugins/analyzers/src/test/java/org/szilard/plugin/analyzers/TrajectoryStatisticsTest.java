package org.szilard.plugin.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrajectoryStatisticsTest {

    @Test
    void weightedMomentsAreThoseOfTheWeightedSample() {
        double[] w = {0.5, 0.25, 0.25};
        double[] x = {1.0, 2.0, 4.0};
        double[] y = {0.0, 1.0, -1.0};
        assertEquals(2.0, TrajectoryStatistics.mean(w, x), 1e-15);
        // E[x^2] = 0.5 + 1 + 4 = 5.5, so Var = 1.5; E[xy] = 0.5 - 1 = -0.5, E[y] = 0, so Cov = -0.5
        assertEquals(1.5, TrajectoryStatistics.covariance(w, x, x), 1e-15);
        assertEquals(-0.5, TrajectoryStatistics.covariance(w, x, y), 1e-15);
    }

    @Test
    void equalValuesAreMergedAndManyValuesBinned() {
        double[] w = {0.25, 0.25, 0.25, 0.25};
        List<Map<String, Double>> merged = TrajectoryStatistics.distribution(w, new double[] {2.0, -1.0, 2.0, 2.0},
                "heat");
        assertEquals(List.of(Map.of("heat", -1.0, "probability", 0.25), Map.of("heat", 2.0, "probability", 0.75)),
                merged);
        int n = 1000;
        double[] many = new double[n];
        double[] uniform = new double[n];
        for (int i = 0; i < n; i++) {
            many[i] = i;
            uniform[i] = 1.0 / n;
        }
        List<Map<String, Double>> bins = TrajectoryStatistics.distribution(uniform, many, "work");
        assertEquals(TrajectoryStatistics.BINS, bins.size());
        double width = 999.0 / TrajectoryStatistics.BINS;
        assertEquals(0.5 * width, bins.get(0).get("work"), 1e-12);
        assertEquals(1.0, bins.stream().mapToDouble(b -> b.get("probability")).sum(), 1e-12);
        // values 0..24 fall in the first bin of width 24.975
        assertEquals(25.0 / n, bins.get(0).get("probability"), 1e-12);
    }
}
