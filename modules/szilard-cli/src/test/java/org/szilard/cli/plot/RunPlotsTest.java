package org.szilard.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.szilard.cli.output.TimeSeriesCsvWriter;
import org.szilard.cli.scenario.LoadedScenario;
import org.szilard.cli.scenario.ScenarioLoader;
import org.szilard.kernel.engine.ProgressListener;
import org.szilard.kernel.engine.RunResult;
import org.szilard.kernel.engine.SimulationFactory;
import org.szilard.kernel.registry.PluginRegistry;

/** The charts of the spin Otto engine plot exactly the numbers of its timeseries.csv. */
class RunPlotsTest {

    private static final Path SPIN_OTTO = Path.of("../../examples/spin-otto.yaml").toAbsolutePath().normalize();
    private static LoadedScenario scenario;
    private static RunResult result;

    @BeforeAll
    static void run() {
        PluginRegistry registry = PluginRegistry.discover();
        scenario = new ScenarioLoader(registry).load(SPIN_OTTO);
        result = new SimulationFactory(registry).create(scenario.spec()).run(ProgressListener.NONE);
    }

    /** A column of the CSV text, parsed back. */
    private static double[] csvColumn(String csv, String column) {
        String[] lines = csv.split("\n");
        int index = Arrays.asList(lines[0].split(",")).indexOf(column);
        assertTrue(index >= 0, "no column " + column);
        List<Double> values = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String field = lines[i].split(",", -1)[index];
            values.add(field.isEmpty() ? Double.NaN : Double.parseDouble(field));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Chart chart(List<Chart> charts, String file) {
        return charts.stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void spinOttoHasTheThreeSeriesChartsAndSpinHalfTemperature() {
        assertTrue(RunPlots.isSpinHalf(scenario.spec()));
        List<Chart> charts = RunPlots.charts(result, true);
        assertEquals(List.of(SeriesCharts.ENERGETICS, SeriesCharts.LAMBDA_ENERGY, SeriesCharts.ENTROPY_TEMPERATURE),
                charts.stream().map(Chart::file).toList());
    }

    @Test
    void plottedSeriesAreTheCsvColumns() {
        String csv = TimeSeriesCsvWriter.toCsv(result.timeSeries());
        List<Chart> charts = RunPlots.charts(result, true);
        Chart energetics = chart(charts, SeriesCharts.ENERGETICS);
        String[] columns = {"energy", "work", "heat.hot", "heat.cold"};
        for (int c = 0; c < columns.length; c++) {
            Curve curve = energetics.curves().get(c);
            assertTrue(Arrays.equals(csvColumn(csv, "time"), curve.x()), curve.name());
            assertTrue(Arrays.equals(csvColumn(csv, columns[c]), curve.y()), curve.name());
        }
        Curve cycle = chart(charts, SeriesCharts.LAMBDA_ENERGY).curves().get(0);
        assertTrue(Arrays.equals(csvColumn(csv, "lambda"), cycle.x()));
        assertTrue(Arrays.equals(csvColumn(csv, "energy"), cycle.y()));
        Curve ts = chart(charts, SeriesCharts.ENTROPY_TEMPERATURE).curves().get(0);
        assertTrue(Arrays.equals(csvColumn(csv, "entropy.vonNeumann"), ts.x()));
        double[] lambda = csvColumn(csv, "lambda");
        double[] energy = csvColumn(csv, "energy");
        for (int i = 0; i < lambda.length; i++) {
            assertEquals(SeriesCharts.spinHalfTemperature(lambda[i], energy[i]), ts.y()[i], 0.0);
        }
    }

    @Test
    void drawsOnePngPerChart() {
        assertEquals(List.of(SeriesCharts.ENERGETICS, SeriesCharts.LAMBDA_ENERGY, SeriesCharts.ENTROPY_TEMPERATURE),
                List.copyOf(RunPlots.render(result, scenario.spec()).keySet()));
    }
}
