package org.szilard.api.param;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of one plugin parameter: name, type, unit, default, allowed range and a one-line doc. The
 * scenario loader validates user input against it, and the scenario reference is generated from it.
 * Instances are immutable; the {@code with...} style methods return modified copies.
 */
public final class Parameter {

    private final String name;
    private final ParameterType type;
    private final String doc;
    private final String unit;
    private final Object defaultValue;
    private final boolean required;
    private final double min;
    private final boolean minInclusive;
    private final double max;
    private final boolean maxInclusive;
    private final List<String> choices;
    private final List<Parameter> members;

    private Parameter(String name, ParameterType type, String doc, String unit, Object defaultValue, boolean required,
                      double min, boolean minInclusive, double max, boolean maxInclusive, List<String> choices,
                      List<Parameter> members) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.doc = Objects.requireNonNull(doc);
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.required = required;
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
        this.maxInclusive = maxInclusive;
        this.choices = List.copyOf(choices);
        this.members = List.copyOf(members);
    }

    private static Parameter of(String name, ParameterType type, String doc) {
        return new Parameter(name, type, doc, "", null, true, Double.NEGATIVE_INFINITY, true,
                Double.POSITIVE_INFINITY, true, List.of(), List.of());
    }

    /** A real-valued parameter, required until given a default. */
    public static Parameter real(String name, String doc) {
        return of(name, ParameterType.REAL, doc);
    }

    /** An integer parameter, required until given a default. */
    public static Parameter integer(String name, String doc) {
        return of(name, ParameterType.INTEGER, doc);
    }

    /** A boolean parameter, required until given a default. */
    public static Parameter flag(String name, String doc) {
        return of(name, ParameterType.BOOLEAN, doc);
    }

    /** A free-text parameter, required until given a default. */
    public static Parameter text(String name, String doc) {
        return of(name, ParameterType.TEXT, doc);
    }

    /** A parameter taking one of the given words. */
    public static Parameter choice(String name, String doc, String... choices) {
        return of(name, ParameterType.CHOICE, doc).copy(null, null, null, null, null, List.of(choices), null);
    }

    /** A list of real numbers. */
    public static Parameter reals(String name, String doc) {
        return of(name, ParameterType.REAL_LIST, doc);
    }

    /** A list of names. */
    public static Parameter names(String name, String doc) {
        return of(name, ParameterType.TEXT_LIST, doc);
    }

    /** A complex vector. */
    public static Parameter vector(String name, String doc) {
        return of(name, ParameterType.VECTOR, doc);
    }

    /** A complex square matrix. */
    public static Parameter matrix(String name, String doc) {
        return of(name, ParameterType.MATRIX, doc);
    }

    /** A block of square matrices under names the user chooses (for example named coupling operators). */
    public static Parameter matrices(String name, String doc) {
        return of(name, ParameterType.MATRIX_MAP, doc);
    }

    /** A nested block of parameters. */
    public static Parameter group(String name, String doc, Parameter... members) {
        return of(name, ParameterType.GROUP, doc).copy(null, null, null, null, null, null, List.of(members));
    }

    private Parameter copy(String unit, Object defaultValue, Boolean required, double[] range, boolean[] inclusive,
                           List<String> choices, List<Parameter> members) {
        return new Parameter(name, type, doc, unit != null ? unit : this.unit,
                defaultValue != null ? defaultValue : this.defaultValue,
                required != null ? required : this.required,
                range != null ? range[0] : min, inclusive != null ? inclusive[0] : minInclusive,
                range != null ? range[1] : max, inclusive != null ? inclusive[1] : maxInclusive,
                choices != null ? choices : this.choices, members != null ? members : this.members);
    }

    /** The physical unit in natural units (hbar = k_B = 1): "energy", "time", "rate" or "" for dimensionless. */
    public Parameter unit(String unit) {
        return copy(unit, null, null, null, null, null, null);
    }

    /** The value used when the scenario does not give one; makes the parameter optional. */
    public Parameter defaultValue(Object value) {
        Object v = value instanceof Integer i ? Long.valueOf(i) : value;
        return copy(null, Objects.requireNonNull(v), false, null, null, null, null);
    }

    /** Makes the parameter optional without a default: plugins check {@link ParameterValues#has}. */
    public Parameter optional() {
        return copy(null, null, false, null, null, null, null);
    }

    /** Values must be &gt;= {@code bound} (for lists: every element). */
    public Parameter atLeast(double bound) {
        return copy(null, null, null, new double[] {bound, max}, new boolean[] {true, maxInclusive}, null, null);
    }

    /** Values must be &gt; {@code bound}. */
    public Parameter above(double bound) {
        return copy(null, null, null, new double[] {bound, max}, new boolean[] {false, maxInclusive}, null, null);
    }

    /** Values must be &lt; {@code bound}. */
    public Parameter below(double bound) {
        return copy(null, null, null, new double[] {min, bound}, new boolean[] {minInclusive, false}, null, null);
    }

    /** Values must be &lt;= {@code bound}. */
    public Parameter atMost(double bound) {
        return copy(null, null, null, new double[] {min, bound}, new boolean[] {minInclusive, true}, null, null);
    }

    public String name() {
        return name;
    }

    public ParameterType type() {
        return type;
    }

    /** One line saying what the parameter means. */
    public String doc() {
        return doc;
    }

    public String unit() {
        return unit;
    }

    public Optional<Object> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public boolean required() {
        return required;
    }

    /** The allowed words of a {@link ParameterType#CHOICE}. */
    public List<String> choices() {
        return choices;
    }

    /** The members of a {@link ParameterType#GROUP}. */
    public List<Parameter> members() {
        return members;
    }

    /** Whether a number lies in the allowed range. */
    public boolean inRange(double v) {
        boolean lowOk = minInclusive ? v >= min : v > min;
        boolean highOk = maxInclusive ? v <= max : v < max;
        return lowOk && highOk && !Double.isNaN(v);
    }

    /** The allowed range in interval notation, or "" when unbounded. */
    public String rangeText() {
        boolean noMin = min == Double.NEGATIVE_INFINITY, noMax = max == Double.POSITIVE_INFINITY;
        if (noMin && noMax) {
            return "";
        }
        if (noMax) {
            return (minInclusive ? ">= " : "> ") + format(min);
        }
        if (noMin) {
            return (maxInclusive ? "<= " : "< ") + format(max);
        }
        return (minInclusive ? "[" : "(") + format(min) + ", " + format(max) + (maxInclusive ? "]" : ")");
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** What a valid value looks like, for error messages: type, range and choices. */
    public String expectation() {
        StringBuilder b = new StringBuilder(type.label());
        if (!choices.isEmpty()) {
            b.append(" (one of ").append(String.join(", ", choices)).append(')');
        }
        String range = rangeText();
        if (!range.isEmpty()) {
            b.append(' ').append(range);
        }
        if (!unit.isEmpty()) {
            b.append(", unit ").append(unit);
        }
        return b.toString();
    }
}
