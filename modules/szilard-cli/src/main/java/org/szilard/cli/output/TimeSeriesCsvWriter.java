package org.szilard.cli.output;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.szilard.kernel.engine.TimeSeries;

/**
 * Writes a run's time series as {@code timeseries.csv}: a header line with the column names, then one line per
 * kept instant. Numbers are written with the digits that read back to the same double, in plain decimal notation
 * when 1e-6 <= |x| < 1e15 (or x = 0) and as {@code 1.5e-13} otherwise; an undefined value (NaN, infinite) is an
 * empty field. The stroke is text, quoted only when it contains a comma, a quote or a line break (RFC 4180).
 */
public final class TimeSeriesCsvWriter {

    private TimeSeriesCsvWriter() {
    }

    /** The CSV text, lines ending in '\n'. */
    public static String toCsv(TimeSeries series) {
        StringBuilder csv = new StringBuilder();
        List<String> columns = series.columns();
        for (int i = 0; i < columns.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(text(columns.get(i)));
        }
        csv.append('\n');
        for (TimeSeries.Row row : series.rows()) {
            csv.append(number(row.time())).append(',').append(row.cycle()).append(',').append(text(row.stroke()));
            for (double value : row.values()) {
                csv.append(',').append(number(value));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** A number as described in the class comment. */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        double size = Math.abs(x);
        if (size >= 1e-6 && size < 1e15) {
            return shortest.toPlainString();
        }
        return Double.toString(x).toLowerCase(Locale.ROOT);
    }

    private static String text(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
