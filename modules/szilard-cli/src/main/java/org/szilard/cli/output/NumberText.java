package org.szilard.cli.output;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers for people: six significant digits, plain notation for ordinary sizes, 1.5e-13 style for the rest. */
final class NumberText {

    private static final MathContext DIGITS = new MathContext(6);

    private NumberText() {
    }

    static String format(Number number) {
        if (!(number instanceof Double || number instanceof Float)) {
            return number.toString();
        }
        double x = number.doubleValue();
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(DIGITS).stripTrailingZeros();
        double size = Math.abs(x);
        if (size >= 1e-4 && size < 1e9) {
            return rounded.toPlainString();
        }
        String digits = rounded.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (x < 0 ? "-" : "") + mantissa + "e" + (exponent > 0 ? "+" : "") + exponent;
    }
}
