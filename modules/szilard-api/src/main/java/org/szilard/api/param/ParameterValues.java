package org.szilard.api.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.szilard.api.operator.Operator;

/**
 * Validated parameter values of one plugin block, defaults filled in. Numbers are {@code Double} or {@code Long},
 * lists are {@code List<Double>} or {@code List<String>}, vectors {@code double[]} (interleaved re/im), matrices
 * {@code Operator}, named matrices {@code Map<String, Operator>}, nested blocks {@code ParameterValues}.
 */
public final class ParameterValues {

    private final Map<String, Object> values;

    public ParameterValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No values: every parameter takes its default. */
    public static ParameterValues empty() {
        return new ParameterValues(Map.of());
    }

    /** Whether a value (given or default) is present. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public double real(String name) {
        return ((Number) get(name)).doubleValue();
    }

    public long integer(String name) {
        return ((Number) get(name)).longValue();
    }

    public boolean flag(String name) {
        return (Boolean) get(name);
    }

    public String text(String name) {
        return (String) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<Double> reals(String name) {
        return (List<Double>) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> names(String name) {
        return (List<String>) get(name);
    }

    /** A complex vector, real and imaginary parts interleaved (a copy). */
    public double[] vector(String name) {
        return ((double[]) get(name)).clone();
    }

    public Operator matrix(String name) {
        return (Operator) get(name);
    }

    /** Named matrices, in the order the scenario gives them. */
    @SuppressWarnings("unchecked")
    public Map<String, Operator> matrices(String name) {
        return (Map<String, Operator>) get(name);
    }

    public ParameterValues group(String name) {
        return (ParameterValues) get(name);
    }

    /** The raw value. */
    public Object get(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new NoSuchElementException("no value for parameter '" + name + "'");
        }
        return v;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
