package org.szilard.cli.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.szilard.kernel.registry.PluginRegistry;

/**
 * A scenario file read into its tree but not yet validated, so that numbers in it can be replaced before it is
 * (for {@code szilard sweep}). A replaced value keeps the place of the value it replaces, so problems with it are
 * still reported at their line and column; a key the file leaves out is added to its mapping and reported there.
 */
public final class ScenarioTemplate {

    private final String source;
    private final Node root;
    private final String defaultName;
    private final PluginRegistry registry;

    ScenarioTemplate(String source, Node root, String defaultName, PluginRegistry registry) {
        this.source = source;
        this.root = root;
        this.defaultName = defaultName;
        this.registry = registry;
    }

    /**
     * Checks that a dotted key path ("protocol.control.hot", "protocol.control[0]") names a number the file gives,
     * or a key left out of a mapping the file gives.
     *
     * @throws ScenarioException naming the file, the place and what was expected, when it does not
     */
    public void checkNumber(String key) {
        replace(root, steps(key), 0, "", key, 0.0);
    }

    /**
     * The scenario with numbers put in at the given key paths, validated against the installed plugins.
     *
     * @param values numbers by dotted key path; an integral value is written as an integer
     * @throws ScenarioException for a bad key path or an invalid scenario, at the place in the file
     */
    public LoadedScenario with(Map<String, Double> values) {
        Node tree = root;
        for (Map.Entry<String, Double> value : values.entrySet()) {
            tree = replace(tree, steps(value.getKey()), 0, "", value.getKey(), value.getValue());
        }
        return new SpecReader(source, registry).read(tree, defaultName);
    }

    /** A key path as steps: a String for a mapping key, an Integer for a list index. */
    private List<Object> steps(String key) {
        List<Object> steps = new ArrayList<>();
        for (String segment : key.split("\\.", -1)) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            if (name.isEmpty()) {
                throw badKey(key, "an empty key");
            }
            steps.add(name);
            String rest = bracket < 0 ? "" : segment.substring(bracket);
            while (!rest.isEmpty()) {
                int close = rest.indexOf(']');
                if (!rest.startsWith("[") || close < 2 || !rest.substring(1, close).matches("\\d{1,9}")) {
                    throw badKey(key, "a malformed list index '" + rest + "'");
                }
                steps.add(Integer.parseInt(rest.substring(1, close)));
                rest = rest.substring(close + 1);
            }
        }
        return steps;
    }

    private ScenarioException badKey(String key, String problem) {
        return new ScenarioException(source, null, key, "expected a dotted key path such as protocol.control.hot "
                + "or protocol.control[0]; got " + problem);
    }

    /** The node with the value at {@code steps[i..]} replaced; {@code path} is where {@code node} stands. */
    private Node replace(Node node, List<Object> steps, int i, String path, String key, double value) {
        Object step = steps.get(i);
        boolean last = i == steps.size() - 1;
        if (step instanceof String name && node instanceof MappingNode mapping) {
            String childPath = KeyPath.child(path, name);
            Optional<MappingNode.Entry> entry = mapping.entry(name);
            if (entry.isEmpty()) {
                if (!last) {
                    throw new ScenarioException(source, mapping.location(), childPath, "not in the file; the key "
                            + key + " must lead to a number through mappings and lists the file gives");
                }
                List<MappingNode.Entry> entries = new ArrayList<>(mapping.entries());
                entries.add(new MappingNode.Entry(name, mapping.location(), number(mapping.location(), value)));
                return new MappingNode(mapping.location(), entries);
            }
            Node child = entry.get().value();
            Node replaced = last ? numberFor(child, childPath, value)
                    : replace(child, steps, i + 1, childPath, key, value);
            List<MappingNode.Entry> entries = new ArrayList<>();
            for (MappingNode.Entry e : mapping.entries()) {
                entries.add(e.key().equals(name) ? new MappingNode.Entry(name, e.keyLocation(), replaced) : e);
            }
            return new MappingNode(mapping.location(), entries);
        }
        if (step instanceof Integer index && node instanceof SequenceNode list) {
            String childPath = KeyPath.item(path, index);
            if (index >= list.items().size()) {
                throw new ScenarioException(source, list.location(), childPath, "not in the file: the list has "
                        + list.items().size() + " items");
            }
            Node child = list.items().get(index);
            List<Node> items = new ArrayList<>(list.items());
            items.set(index, last ? numberFor(child, childPath, value)
                    : replace(child, steps, i + 1, childPath, key, value));
            return new SequenceNode(list.location(), items);
        }
        throw new ScenarioException(source, node.location(), path, "expected " + (step instanceof String
                ? "a mapping with the key '" + step + "'" : "a list with an item " + step) + " on the way to " + key
                + ", got " + node.describe());
    }

    /** The number replacing a value the file gives, which must be a number itself. */
    private ScalarNode numberFor(Node existing, String path, double value) {
        if (!(existing instanceof ScalarNode scalar && scalar.isNumber())) {
            throw new ScenarioException(source, existing.location(), path,
                    "expected a number to replace, got " + existing.describe());
        }
        return number(existing.location(), value);
    }

    private static ScalarNode number(Location at, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            long whole = (long) value;
            return new ScalarNode(at, ScalarNode.Kind.INTEGER, Long.toString(whole), whole);
        }
        return new ScalarNode(at, ScalarNode.Kind.REAL, Double.toString(value), value);
    }
}
