package org.szilard.kernel.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A run's time series, thinned to a bounded number of rows (see {@link SeriesSampler}): each row holds the time, the
 * cycle, the stroke label and one number per entry of {@link #quantities()}.
 *
 * @param quantities the names of the numeric columns after time, cycle and stroke: lambda, energy, work (cumulative
 *                   extracted), heat.NAME per reservoir (cumulative, taken from it), then the analyzers' columns
 * @param rows the rows in order of time
 */
public record TimeSeries(List<String> quantities, List<Row> rows) {

    /** The series of a run that kept none (a steady run, or a result built by hand). */
    public static final TimeSeries EMPTY = new TimeSeries(List.of(), List.of());

    public TimeSeries {
        quantities = List.copyOf(quantities);
        rows = List.copyOf(rows);
    }

    /** All column names: time, cycle, stroke, then the quantities. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("time", "cycle", "stroke"));
        columns.addAll(quantities);
        return columns;
    }

    /** The value of a quantity in a row, by column name. */
    public double value(int row, String quantity) {
        int index = quantities.indexOf(quantity);
        if (index < 0) {
            throw new IllegalArgumentException("no column '" + quantity + "'; columns: " + columns());
        }
        return rows.get(row).values()[index];
    }

    /**
     * One instant of the run.
     *
     * @param time the simulated time
     * @param cycle the cycle number, from 1
     * @param stroke the stroke label
     * @param values one number per quantity, NaN where undefined (not copied: do not modify)
     */
    public record Row(double time, int cycle, String stroke, double[] values) {
    }
}
