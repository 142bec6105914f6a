package org.szilard.cli.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.kernel.engine.RunResult;

/**
 * A run's scalar results as named columns: every number, text and flag of the result blocks under its dotted key
 * ("energetics.work", "energetics.heat.hot", "entropy.production"), lists (distributions) left out. The main
 * energetics results come first (work, heat per reservoir, efficiency, power, regime), then the others in the
 * order of the result document, then "run.cycles" and "run.converged".
 */
final class ResultColumns {

    /** The columns that lead, as names or (ending in '.') prefixes, in order. */
    private static final List<String> LEADING = List.of("energetics.work", "energetics.heat.",
            "energetics.efficiency", "energetics.power", "energetics.regime");

    private ResultColumns() {
    }

    /** The columns of a run: name to a Number, String, Boolean or null. */
    static Map<String, Object> of(RunResult result) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Map.Entry<String, ResultBlock> block : result.blocks().entrySet()) {
            flatten(block.getKey(), block.getValue().values(), all);
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String lead : LEADING) {
            for (String name : new ArrayList<>(all.keySet())) {
                if (lead.endsWith(".") ? name.startsWith(lead) : name.equals(lead)) {
                    ordered.put(name, all.remove(name));
                }
            }
        }
        ordered.putAll(all);
        ordered.put("run.cycles", result.cycles());
        ordered.put("run.converged", result.converged());
        return ordered;
    }

    private static void flatten(String prefix, Map<?, ?> values, Map<String, Object> into) {
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            String name = prefix + "." + entry.getKey();
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> nested) {
                flatten(name, nested, into);
            } else if (value == null || value instanceof Number || value instanceof String
                    || value instanceof Boolean) {
                into.put(name, value);
            }
        }
    }
}
