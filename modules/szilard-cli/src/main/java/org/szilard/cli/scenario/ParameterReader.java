package org.szilard.cli.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterType;
import org.szilard.api.param.ParameterValues;

/**
 * Validates a block's keys against the parameters a plugin declares: no unknown keys, every required key given,
 * every value of the right type and in range (groups recursively), and defaults filled in.
 */
final class ParameterReader {

    private final String source;
    private final ValueConverter values;

    ParameterReader(String source) {
        this.source = source;
        this.values = new ValueConverter(source);
    }

    /**
     * @param block the block as written
     * @param path the block's key path
     * @param at where to report keys the block lacks (the block's own key)
     * @param parameters what the block accepts
     * @param reserved keys the caller reads itself ("type"), allowed and skipped here
     * @return the values in parameter order, defaults filled in
     * @throws ScenarioException for the first key that is unknown, missing or invalid
     */
    ParameterValues read(MappingNode block, String path, Location at, List<Parameter> parameters, Set<String> reserved) {
        Map<String, Parameter> byName = byName(parameters);
        Map<String, Object> given = new LinkedHashMap<>();
        for (MappingNode.Entry entry : block.entries()) {
            if (reserved.contains(entry.key())) {
                continue;
            }
            String keyPath = KeyPath.child(path, entry.key());
            Parameter parameter = byName.get(entry.key());
            if (parameter == null) {
                throw new ScenarioException(source, entry.keyLocation(), keyPath, "unknown key; valid keys: "
                        + validKeys(reserved, byName));
            }
            given.put(entry.key(), value(parameter, entry, keyPath));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            String name = parameter.name();
            if (given.containsKey(name)) {
                result.put(name, given.get(name));
            } else if (parameter.defaultValue().isPresent()) {
                result.put(name, normalised(parameter, parameter.defaultValue().get()));
            } else if (parameter.required()) {
                throw new ScenarioException(source, at, KeyPath.child(path, name), "missing required key; expected "
                        + parameter.expectation() + " (" + parameter.doc() + ")");
            }
        }
        return new ParameterValues(result);
    }

    private Object value(Parameter parameter, MappingNode.Entry entry, String keyPath) {
        if (parameter.type() != ParameterType.GROUP) {
            return values.convert(parameter, entry.value(), entry.at(), keyPath);
        }
        if (!(entry.value() instanceof MappingNode group)) {
            throw new ScenarioException(source, entry.at(), keyPath, "expected a block with the keys "
                    + validKeys(Set.of(), byName(parameter.members())) + ", got " + entry.value().describe());
        }
        return read(group, keyPath, entry.keyLocation(), parameter.members(), Set.of());
    }

    private static Map<String, Parameter> byName(List<Parameter> parameters) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        return byName;
    }

    private static String validKeys(Set<String> reserved, Map<String, Parameter> byName) {
        List<String> keys = new ArrayList<>(reserved);
        keys.addAll(byName.keySet());
        return keys.isEmpty() ? "none" : String.join(", ", keys);
    }

    /** A declared default in the form loaded values take: whole numbers given for reals become Double. */
    private static Object normalised(Parameter parameter, Object value) {
        return parameter.type() == ParameterType.REAL && value instanceof Number n ? (Object) n.doubleValue() : value;
    }
}
