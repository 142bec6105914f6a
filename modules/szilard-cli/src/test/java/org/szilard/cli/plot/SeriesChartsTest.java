package org.szilard.cli.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.szilard.kernel.engine.TimeSeries;

class SeriesChartsTest {

    private static final List<String> QUANTITIES =
            List.of("lambda", "energy", "work", "heat.hot", "heat.cold", "entropy.vonNeumann");

    /** Two cycles of three rows each: lambda 4, 4, 2 per cycle. */
    private static TimeSeries series(List<String> quantities) {
        double[][] values = {
            {4, -1.5, 0, 0, 0, 0.3}, {4, -0.9, 0, 0.6, 0, 0.58}, {2, -0.45, 0.2, 0.6, 0, 0.58},
            {4, -1.5, 0.3, 0.6, -0.3, 0.36}, {4, -0.9, 0.3, 1.2, -0.3, 0.58}, {2, -0.45, 0.5, 1.2, -0.3, 0.58}};
        List<TimeSeries.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double[] row = new double[quantities.size()];
            for (int q = 0; q < quantities.size(); q++) {
                row[q] = values[i][QUANTITIES.indexOf(quantities.get(q))];
            }
            rows.add(new TimeSeries.Row(10.0 * i, 1 + i / 3, i % 3 == 2 ? "expansion" : "hot", row));
        }
        return new TimeSeries(quantities, rows);
    }

    @Test
    void energeticsChartHasEnergyWorkAndEachHeatAgainstTime() {
        Chart chart = SeriesCharts.energetics(series(QUANTITIES)).orElseThrow();
        assertEquals(List.of("energy E", "extracted work W", "heat Q from hot", "heat Q from cold"),
                chart.curves().stream().map(Curve::name).toList());
        assertArrayEquals(new double[] {0, 10, 20, 30, 40, 50}, chart.curves().get(0).x());
        assertArrayEquals(new double[] {-1.5, -0.9, -0.45, -1.5, -0.9, -0.45}, chart.curves().get(0).y());
        assertArrayEquals(new double[] {0, 0, 0, -0.3, -0.3, -0.3}, chart.curves().get(3).y());
        assertTrue(chart.xLabel().contains("1/energy") && chart.yLabel().contains("energy"));
    }

    @Test
    void cycleChartsDrawTheWholeRunAndTheLastCycleFromWhereItStarts() {
        Chart chart = SeriesCharts.lambdaEnergy(series(QUANTITIES)).orElseThrow();
        assertEquals(SeriesCharts.LAMBDA_ENERGY, chart.file());
        assertEquals("Cycles in the (λ, E) plane", chart.title());
        assertArrayEquals(new double[] {4, 4, 2, 4, 4, 2}, chart.curves().get(0).x());
        Curve last = chart.curves().get(1);
        assertEquals("cycle 2 (last)", last.name());
        assertArrayEquals(new double[] {2, 4, 4, 2}, last.x());
        assertArrayEquals(new double[] {-0.45, -1.5, -0.9, -0.45}, last.y());
    }

    @Test
    void spinHalfGetsTheEffectiveTemperatureOthersTheEntropyAgainstLambda() {
        Chart spin = SeriesCharts.entropy(series(QUANTITIES), true).orElseThrow();
        assertEquals(SeriesCharts.ENTROPY_TEMPERATURE, spin.file());
        assertArrayEquals(new double[] {0.3, 0.58, 0.58, 0.36, 0.58, 0.58}, spin.curves().get(0).x());
        // E = -(lambda/2) tanh(lambda/2T) at lambda = 4, E = -1.5: T = 2 / artanh(0.75)
        assertEquals(2 / 0.9729550745276566, spin.curves().get(0).y()[0], 1e-12);
        Chart other = SeriesCharts.entropy(series(QUANTITIES), false).orElseThrow();
        assertEquals(SeriesCharts.ENTROPY_LAMBDA, other.file());
        assertArrayEquals(new double[] {4, 4, 2, 4, 4, 2}, other.curves().get(0).x());
    }

    @Test
    void effectiveTemperatureInvertsTheGibbsEnergy() {
        for (double t : new double[] {0.3, 1.0, 4.0, -2.0}) {
            double lambda = 2.5;
            double energy = -lambda / 2 * Math.tanh(lambda / (2 * t));
            assertEquals(t, SeriesCharts.spinHalfTemperature(lambda, energy), 1e-9 * Math.abs(t));
        }
        assertTrue(Double.isNaN(SeriesCharts.spinHalfTemperature(0.0, 0.0)));
        assertTrue(Double.isNaN(SeriesCharts.spinHalfTemperature(1.0, -0.7)));
    }

    @Test
    void chartsWithoutTheirColumnsAreLeftOut() {
        assertEquals(List.of(), SeriesCharts.of(TimeSeries.EMPTY, true));
        List<Chart> charts = SeriesCharts.of(series(List.of("lambda", "energy")), true);
        assertEquals(List.of(SeriesCharts.ENERGETICS, SeriesCharts.LAMBDA_ENERGY),
                charts.stream().map(Chart::file).toList());
        assertEquals(1, charts.get(0).curves().size());
    }

    @Test
    void aOneCycleRunIsAPathWithoutALastCycleCurve() {
        TimeSeries twoCycles = series(QUANTITIES);
        TimeSeries once = new TimeSeries(QUANTITIES, twoCycles.rows().subList(0, 3));
        Chart chart = SeriesCharts.lambdaEnergy(once).orElseThrow();
        assertEquals("Path in the (λ, E) plane", chart.title());
        assertEquals(1, chart.curves().size());
    }
}
