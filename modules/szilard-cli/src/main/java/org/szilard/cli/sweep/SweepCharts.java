package org.szilard.cli.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.szilard.cli.plot.Chart;
import org.szilard.cli.plot.Curve;
import org.szilard.cli.plot.FileNames;
import org.szilard.cli.plot.MapChart;
import org.szilard.cli.plot.PngPainter;

/**
 * The charts of a sweep. Over one parameter: the chosen quantity against it ({@code sweep-QUANTITY.png}) and, when
 * the energetics analyzer ran, work and heat per reservoir against it ({@code sweep-energetics.png}). Over two: a
 * heat map of the chosen quantity ({@code sweep-QUANTITY.png}) and a map of the operating regime
 * ({@code sweep-regime.png}).
 */
public final class SweepCharts {

    /** The file of the regime map. */
    public static final String REGIME = "sweep-regime.png";

    /** The file of the work and heat lines. */
    public static final String ENERGETICS = "sweep-energetics.png";

    /** The regimes in the order of the map's legend; other values found are added after them. */
    static final List<String> REGIMES = List.of("engine", "refrigerator", "heater", "accelerator");

    private static final String REGIME_COLUMN = "energetics.regime";
    private static final String WORK_COLUMN = "energetics.work";
    private static final String HEAT_PREFIX = "energetics.heat.";

    private SweepCharts() {
    }

    /**
     * The PNG images of a sweep's charts, by file name, all drawn before any is written: lines for one parameter,
     * maps for two.
     *
     * @param column the chosen quantity's result column
     */
    public static Map<String, byte[]> render(SweepTable table, String column) {
        Map<String, byte[]> images = new LinkedHashMap<>();
        if (table.ranges().size() == 1) {
            lines(table, column).forEach(chart -> images.put(chart.file(), PngPainter.png(chart)));
        } else {
            maps(table, column).forEach(map -> images.put(map.file(), PngPainter.png(map)));
        }
        return images;
    }

    /** The file of the chosen quantity's chart. */
    public static String quantityFile(String column) {
        return "sweep-" + FileNames.safe(column) + ".png";
    }

    /**
     * The line charts of a one-parameter sweep.
     *
     * @param column the chosen quantity's result column
     */
    public static List<Chart> lines(SweepTable table, String column) {
        SweepRange range = table.ranges().get(0);
        double[] x = coordinates(table, 0);
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart(quantityFile(column), column + " against " + range.key(), range.key(), column,
                Chart.Style.LINES, List.of(new Curve(column, x, table.numbers(column)))));
        if (table.resultColumns().contains(WORK_COLUMN)) {
            List<Curve> curves = new ArrayList<>();
            curves.add(new Curve("extracted work W", x, table.numbers(WORK_COLUMN)));
            for (String name : table.resultColumns()) {
                if (name.startsWith(HEAT_PREFIX)) {
                    curves.add(new Curve("heat Q from " + name.substring(HEAT_PREFIX.length()), x,
                            table.numbers(name)));
                }
            }
            charts.add(new Chart(ENERGETICS, "Work and heat against " + range.key(), range.key(),
                    "energy (energy units)", Chart.Style.LINES, curves));
        }
        return charts;
    }

    /**
     * The maps of a two-parameter sweep: the chosen quantity, and the regime when the energetics analyzer ran.
     *
     * @param column the chosen quantity's result column
     */
    public static List<MapChart> maps(SweepTable table, String column) {
        SweepRange first = table.ranges().get(0);
        SweepRange second = table.ranges().get(1);
        double[] quantity = table.numbers(column);
        List<MapChart> maps = new ArrayList<>();
        maps.add(new MapChart(quantityFile(column), column + " over " + first.key() + " and " + second.key(),
                first.key(), second.key(), first.values(), second.values(), grid(first, second, quantity), column,
                List.of()));
        if (table.resultColumns().contains(REGIME_COLUMN)) {
            List<String> regimes = table.texts(REGIME_COLUMN);
            List<String> categories = new ArrayList<>(REGIMES);
            regimes.stream().filter(r -> r != null && !categories.contains(r)).distinct().forEach(categories::add);
            double[] index = regimes.stream().mapToDouble(r -> r == null ? Double.NaN : categories.indexOf(r))
                    .toArray();
            maps.add(new MapChart(REGIME, "Operating regime over " + first.key() + " and " + second.key(),
                    first.key(), second.key(), first.values(), second.values(), grid(first, second, index),
                    "regime", categories));
        }
        return maps;
    }

    /** The values of one range at each point. */
    private static double[] coordinates(SweepTable table, int range) {
        return table.points().stream().mapToDouble(p -> p.coordinates()[range]).toArray();
    }

    /** Point values, the first range varying slowest, as {@code [i][j]} for value i of the first, j of the second. */
    static double[][] grid(SweepRange first, SweepRange second, double[] values) {
        double[][] grid = new double[first.steps()][second.steps()];
        for (int i = 0; i < first.steps(); i++) {
            for (int j = 0; j < second.steps(); j++) {
                grid[i][j] = values[i * second.steps() + j];
            }
        }
        return grid;
    }
}
