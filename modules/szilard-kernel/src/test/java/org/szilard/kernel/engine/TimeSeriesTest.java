package org.szilard.kernel.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.Observation;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.RampShape;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;

/** The run's thinned time series: bounded, ordered, first and last state, running totals, analyzer columns. */
class TimeSeriesTest {

    /** The test scenario keeps at most this many rows. */
    private static final int SAMPLES = TestPlugins.scenario().samples();

    /** Reports the whole run's heat and adds an entropy column. */
    private static final class SeriesAnalyzer implements Analyzer {
        @Override
        public List<String> seriesColumns() {
            return List.of("entropy");
        }

        @Override
        public void sample(Observation observation, double[] values) {
            values[0] = observation.entropy();
        }

        @Override
        public ResultBlock finish(RunRecord run) {
            return new ResultBlock().put("heat", run.whole().heat().get("bath")).put("work", run.whole().work())
                    .put("energy", run.whole().end().energy());
        }
    }

    private static RunResult run(Schedule schedule) {
        var registry = TestPlugins.registry(TestPlugins.qubit(0.0), TestPlugins.decay(0.5), () -> schedule,
                TestPlugins.rk4(50, y -> { }), new SeriesAnalyzer());
        return new SimulationFactory(registry).create(TestPlugins.scenario()).run(ProgressListener.NONE);
    }

    private static double block(RunResult result, String key) {
        return ((Number) result.blocks().get("test").values().get(key)).doubleValue();
    }

    @Test
    void longCyclicRunKeepsAtMostSamplesRowsWithFirstAndLast() {
        List<Segment> cycle = List.of(new Segment("hold", 1.0, Control.constant(2.0), Set.of("bath")),
                new Segment("up", 0.5, Control.ramp(2.0, 3.0, 0.5, RampShape.LINEAR), Set.of()),
                new Segment("down", 0.5, Control.ramp(3.0, 2.0, 0.5, RampShape.LINEAR), Set.of()));
        RunResult result = run(new Schedule(cycle, true, 1000, 1e-9, 300));
        TimeSeries series = result.timeSeries();
        List<TimeSeries.Row> rows = series.rows();

        assertEquals(List.of("time", "cycle", "stroke", "lambda", "energy", "work", "heat.bath", "test.entropy"),
                series.columns());
        assertTrue(rows.size() <= SAMPLES, "rows " + rows.size());
        assertTrue(rows.size() >= SAMPLES / 2, "rows " + rows.size());
        assertEquals(0.0, rows.get(0).time(), 0.0);
        assertEquals(1, rows.get(0).cycle());
        assertEquals("hold", rows.get(0).stroke());
        assertEquals(0.0, series.value(0, "test.entropy"), 1e-12);   // the basis state is pure
        TimeSeries.Row last = rows.get(rows.size() - 1);
        assertEquals(result.simulatedTime(), last.time(), 1e-9);
        assertEquals(300, last.cycle());
        assertEquals("down", last.stroke());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i).time() > rows.get(i - 1).time(), "time at row " + i);
            assertTrue(rows.get(i).cycle() >= rows.get(i - 1).cycle(), "cycle at row " + i);
        }
        int end = rows.size() - 1;
        assertEquals(block(result, "heat"), series.value(end, "heat.bath"), 1e-12);
        assertEquals(block(result, "work"), series.value(end, "work"), 1e-12);
        assertEquals(block(result, "energy"), series.value(end, "energy"), 1e-12);
    }

    @Test
    void runningTotalsCloseTheFirstLawAtEveryRow() {
        List<Segment> cycle = List.of(new Segment("hold", 1.0, Control.constant(2.0), Set.of("bath")),
                new Segment("up", 0.5, Control.ramp(2.0, 3.0, 0.5, RampShape.SINE), Set.of("bath")),
                new Segment("quench", 0.5, Control.constant(1.5), Set.of()));
        TimeSeries series = run(new Schedule(cycle, true, 1000, 1e-9, 20)).timeSeries();
        // E + W - Q stays constant up to the RK4 error (about 1e-8 here); a missed quench would be of order 1
        double e0 = series.value(0, "energy") + series.value(0, "work") - series.value(0, "heat.bath");
        for (int i = 0; i < series.rows().size(); i++) {
            double balance = series.value(i, "energy") + series.value(i, "work") - series.value(i, "heat.bath");
            assertEquals(e0, balance, 1e-6, "row " + i + " at t = " + series.rows().get(i).time());
        }
    }

    @Test
    void samplerBuildsFewRowsAndKeepsTheLast() {
        SeriesSampler sampler = new SeriesSampler(8);
        int[] built = new int[1];
        int offers = 100_000;
        for (int i = 0; i < offers; i++) {
            double t = i * 0.01;
            sampler.offer(t, () -> {
                built[0]++;
                return new TimeSeries.Row(t, 1, "s", new double[0]);
            });
        }
        sampler.finish(new TimeSeries.Row(offers * 0.01, 1, "s", new double[0]));
        List<TimeSeries.Row> rows = sampler.rows();
        assertTrue(rows.size() <= 8, "rows " + rows.size());
        assertEquals(0.0, rows.get(0).time(), 0.0);
        assertEquals(offers * 0.01, rows.get(rows.size() - 1).time(), 0.0);
        assertTrue(built[0] < 8 * 2 * 20, "rows built " + built[0]);
    }
}
