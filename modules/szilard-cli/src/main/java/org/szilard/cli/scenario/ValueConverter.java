package org.szilard.cli.scenario;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.Parameter;

/**
 * Turns the node given for one parameter into its value: Double, Long, Boolean, String, {@code List<Double>},
 * {@code List<String>}, {@code double[]} (interleaved re/im), {@link Operator} or a map of named operators. Groups
 * are read by {@link ParameterReader}.
 */
final class ValueConverter {

    private final String source;

    ValueConverter(String source) {
        this.source = source;
    }

    /**
     * @param parameter what the value must be
     * @param node the value as written
     * @param at where to report a problem with the value as a whole
     * @param path the value's key path
     * @throws ScenarioException when the value does not fit the parameter
     */
    Object convert(Parameter parameter, Node node, Location at, String path) {
        switch (parameter.type()) {
            case REAL:
                return real(parameter, node, at, path);
            case INTEGER:
                return integer(parameter, node, at, path);
            case BOOLEAN:
                return scalarOf(parameter, node, at, path, ScalarNode.Kind.BOOLEAN).value();
            case TEXT:
                return scalarOf(parameter, node, at, path, ScalarNode.Kind.TEXT).text();
            case CHOICE:
                return choice(parameter, node, at, path);
            case REAL_LIST:
                return reals(parameter, node, at, path);
            case TEXT_LIST:
                return names(parameter, node, at, path);
            case VECTOR:
                return vector(parameter, node, at, path);
            case MATRIX:
                return matrix(parameter, node, at, path);
            case MATRIX_MAP:
                return matrices(parameter, node, at, path);
            default:
                throw new IllegalArgumentException("not a single value: " + parameter.type());
        }
    }

    private ScenarioException mismatch(Parameter parameter, Node node, Location at, String path) {
        return new ScenarioException(source, at, path, "expected " + parameter.expectation() + ", got " + node.describe());
    }

    private ScalarNode scalarOf(Parameter parameter, Node node, Location at, String path, ScalarNode.Kind kind) {
        if (node instanceof ScalarNode scalar && scalar.kind() == kind) {
            return scalar;
        }
        throw mismatch(parameter, node, at, path);
    }

    private Double real(Parameter parameter, Node node, Location at, String path) {
        if (node instanceof ScalarNode scalar && scalar.isNumber()) {
            double v = ((Number) scalar.value()).doubleValue();
            if (Double.isFinite(v) && parameter.inRange(v)) {
                return v;
            }
        }
        throw mismatch(parameter, node, at, path);
    }

    private Long integer(Parameter parameter, Node node, Location at, String path) {
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Long v && parameter.inRange(v)) {
            return v;
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof BigInteger) {
            throw new ScenarioException(source, at, path, "expected " + parameter.expectation()
                    + ", got " + scalar.text() + ", which is too large");
        }
        throw mismatch(parameter, node, at, path);
    }

    private String choice(Parameter parameter, Node node, Location at, String path) {
        ScalarNode scalar = scalarOf(parameter, node, at, path, ScalarNode.Kind.TEXT);
        if (!parameter.choices().contains(scalar.text())) {
            throw mismatch(parameter, node, at, path);
        }
        return scalar.text();
    }

    private SequenceNode listOf(Parameter parameter, Node node, Location at, String path) {
        if (node instanceof SequenceNode list) {
            return list;
        }
        throw mismatch(parameter, node, at, path);
    }

    private List<Double> reals(Parameter parameter, Node node, Location at, String path) {
        List<Node> items = listOf(parameter, node, at, path).items();
        List<Double> values = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            values.add(real(parameter, items.get(i), items.get(i).location(), KeyPath.item(path, i)));
        }
        return List.copyOf(values);
    }

    private List<String> names(Parameter parameter, Node node, Location at, String path) {
        List<Node> items = listOf(parameter, node, at, path).items();
        List<String> values = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            values.add(scalarOf(parameter, item, item.location(), KeyPath.item(path, i), ScalarNode.Kind.TEXT).text());
        }
        return List.copyOf(values);
    }

    private double[] vector(Parameter parameter, Node node, Location at, String path) {
        List<Node> items = nonEmptyList(parameter, node, at, path).items();
        double[] values = new double[2 * items.size()];
        for (int i = 0; i < items.size(); i++) {
            complexInto(values, 2 * i, items.get(i), KeyPath.item(path, i));
        }
        return values;
    }

    private Map<String, Operator> matrices(Parameter parameter, Node node, Location at, String path) {
        if (!(node instanceof MappingNode block) || block.entries().isEmpty()) {
            throw mismatch(parameter, node, at, path);
        }
        Map<String, Operator> named = new LinkedHashMap<>();
        for (MappingNode.Entry entry : block.entries()) {
            named.put(entry.key(), matrix(parameter, entry.value(), entry.at(), KeyPath.child(path, entry.key())));
        }
        return Collections.unmodifiableMap(named);
    }

    private Operator matrix(Parameter parameter, Node node, Location at, String path) {
        List<Node> rows = nonEmptyList(parameter, node, at, path).items();
        int n = rows.size();
        int columns = -1;
        double[] values = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            Node row = rows.get(i);
            String rowPath = KeyPath.item(path, i);
            if (!(row instanceof SequenceNode entries)) {
                throw new ScenarioException(source, row.location(), rowPath,
                        "expected a row: a list of numbers or [re, im] pairs, got " + row.describe());
            }
            if (columns < 0) {
                columns = entries.items().size();
                if (columns != n) {
                    throw new ScenarioException(source, at, path, "expected " + parameter.expectation() + ", got "
                            + n + (n == 1 ? " row" : " rows") + " of " + columns + (columns == 1 ? " entry" : " entries"));
                }
            } else if (entries.items().size() != columns) {
                throw new ScenarioException(source, row.location(), rowPath, "expected a row of " + columns
                        + " entries like the first row, got " + entries.items().size());
            }
            for (int j = 0; j < n; j++) {
                complexInto(values, 2 * (i * n + j), entries.items().get(j), KeyPath.item(rowPath, j));
            }
        }
        return Operator.wrap(n, values);
    }

    private SequenceNode nonEmptyList(Parameter parameter, Node node, Location at, String path) {
        SequenceNode list = listOf(parameter, node, at, path);
        if (list.items().isEmpty()) {
            throw mismatch(parameter, node, at, path);
        }
        return list;
    }

    /** Writes one complex entry, a number or an [re, im] pair, at {@code values[offset]} and the next slot. */
    private void complexInto(double[] values, int offset, Node entry, String path) {
        if (entry instanceof SequenceNode pair && pair.items().size() == 2 && isFinite(pair.items().get(0))
                && isFinite(pair.items().get(1))) {
            values[offset] = number(pair.items().get(0));
            values[offset + 1] = number(pair.items().get(1));
        } else if (isFinite(entry)) {
            values[offset] = number(entry);
        } else {
            throw new ScenarioException(source, entry.location(), path,
                    "expected a number or an [re, im] pair of numbers, got " + entry.describe());
        }
    }

    private static boolean isFinite(Node node) {
        return node instanceof ScalarNode scalar && scalar.isNumber() && Double.isFinite(number(node));
    }

    private static double number(Node node) {
        return ((Number) ((ScalarNode) node).value()).doubleValue();
    }
}
