package org.szilard.cli.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.cli.testing.SampleResults;

class DistributionChartsTest {

    @Test
    void workHistogramHoldsTheDistribution() {
        List<Chart> charts = DistributionCharts.of(SampleResults.otto().blocks());
        assertEquals(1, charts.size());
        Chart work = charts.get(0);
        assertEquals(DistributionCharts.WORK, work.file());
        assertEquals(Chart.Style.BARS, work.style());
        assertArrayEquals(new double[] {-1.0, 1.0}, work.curves().get(0).x());
        assertEquals(0.25, work.curves().get(0).y()[0]);
    }

    @Test
    void heatHistogramsPerReservoirWhenGiven() {
        ResultBlock block = new ResultBlock().put("distribution", null).put("heat", Map.of("hot bath", Map.of(
                "distribution", List.of(Map.of("heat", 0.5, "probability", 0.75), Map.of("heat", -0.5,
                        "probability", 0.25)))));
        List<Chart> charts = DistributionCharts.of(Map.of("fluctuations", block));
        assertEquals(1, charts.size());
        assertEquals("heat-distribution-hot_bath.png", charts.get(0).file());
        assertArrayEquals(new double[] {0.5, -0.5}, charts.get(0).curves().get(0).x());
        assertArrayEquals(new double[] {0.75, 0.25}, charts.get(0).curves().get(0).y());
    }

    @Test
    void noBlockOrNoDistributionNoChart() {
        assertEquals(List.of(), DistributionCharts.of(Map.of()));
        assertEquals(List.of(), DistributionCharts.of(Map.of("fluctuations",
                new ResultBlock().put("distribution", List.of()))));
    }
}
