package org.szilard.cli.output;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Fields of the CSV files szilard writes. Numbers are written with the digits that read back to the same double, in
 * plain decimal notation when 1e-6 <= |x| < 1e15 (or x = 0) and as {@code 1.5e-13} otherwise; an undefined value
 * (NaN, infinite) is an empty field. Text is quoted only when it contains a comma, a quote or a line break (RFC 4180).
 */
public final class CsvFields {

    private CsvFields() {
    }

    /** A number as described in the class comment. */
    public static String number(double x) {
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

    /** A text field, quoted when it must be. */
    public static String text(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
