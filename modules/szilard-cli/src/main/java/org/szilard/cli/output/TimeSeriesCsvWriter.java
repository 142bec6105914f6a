package org.szilard.cli.output;

import java.util.List;
import org.szilard.kernel.engine.TimeSeries;

/**
 * Writes a run's time series as {@code timeseries.csv}: a header line with the column names, then one line per
 * kept instant, the fields written as {@link CsvFields} describes (an undefined value is an empty field).
 */
public final class TimeSeriesCsvWriter {

    private TimeSeriesCsvWriter() {
    }

    /** The CSV text, lines ending in '\n'. */
    public static String toCsv(TimeSeries series) {
        StringBuilder csv = new StringBuilder();
        List<String> columns = series.columns();
        for (int i = 0; i < columns.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(CsvFields.text(columns.get(i)));
        }
        csv.append('\n');
        for (TimeSeries.Row row : series.rows()) {
            csv.append(CsvFields.number(row.time())).append(',').append(row.cycle()).append(',')
                    .append(CsvFields.text(row.stroke()));
            for (double value : row.values()) {
                csv.append(',').append(CsvFields.number(value));
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
