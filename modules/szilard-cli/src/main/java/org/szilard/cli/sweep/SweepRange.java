package org.szilard.cli.sweep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One swept parameter, from {@code --set KEY=FROM:TO:STEPS}: STEPS evenly spaced values from FROM to TO, both
 * included.
 *
 * @param key the dotted key path into the scenario
 * @param from the first value
 * @param to the last value
 * @param steps the number of values, at least 2
 */
public record SweepRange(String key, double from, double to, int steps) {

    /** The most values one range may have. */
    public static final int MAX_STEPS = 10_000;

    private static final Pattern FORM = Pattern.compile("([^=]+)=([^:]*):([^:]*):([^:]*)");

    /**
     * Reads {@code KEY=FROM:TO:STEPS}.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static SweepRange parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--set " + text + ": expected KEY=FROM:TO:STEPS, for example "
                    + "protocol.control.hot=3:6:10");
        }
        String key = m.group(1).strip();
        double from = number(text, "FROM", m.group(2));
        double to = number(text, "TO", m.group(3));
        int steps;
        try {
            steps = Integer.parseInt(m.group(4).strip());
        } catch (NumberFormatException e) {
            steps = -1;
        }
        if (steps < 2 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("--set " + text + ": expected STEPS a whole number from 2 to "
                    + MAX_STEPS + ", got '" + m.group(4) + "'");
        }
        if (from == to) {
            throw new IllegalArgumentException("--set " + text + ": FROM and TO are equal; a sweep needs a range");
        }
        return new SweepRange(key, from, to, steps);
    }

    private static double number(String text, String name, String field) {
        try {
            double x = Double.parseDouble(field.strip());
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--set " + text + ": expected " + name + " a finite number, got '"
                + field + "'");
    }

    /** The value at index {@code k}, from 0 to steps - 1; the ends are exactly FROM and TO. */
    public double value(int k) {
        return k == steps - 1 ? to : from + (to - from) * k / (steps - 1);
    }

    /** All values in order. */
    public double[] values() {
        double[] values = new double[steps];
        for (int k = 0; k < steps; k++) {
            values[k] = value(k);
        }
        return values;
    }
}
