package org.szilard.plugin.protocols;

import java.util.LinkedHashSet;
import java.util.Set;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;

/** Checks that the reservoir names a protocol refers to are defined by the scenario. */
final class ReservoirNames {

    private ReservoirNames() {
    }

    /**
     * Returns {@code name} when the scenario defines a reservoir of that name.
     *
     * @param key the parameter the name came from, reported with the error
     * @throws InvalidParameterException naming the defined reservoirs otherwise
     */
    static String requireDefined(String key, String name, ScenarioContext context) {
        if (!context.reservoirNames().contains(name)) {
            String defined = context.reservoirNames().isEmpty()
                    ? "the scenario defines no reservoirs"
                    : "defined reservoirs: " + String.join(", ", context.reservoirNames());
            throw new InvalidParameterException(key, "no reservoir named '" + name + "'; " + defined);
        }
        return name;
    }

    /**
     * The reservoirs named by the parameter {@code key} (each checked), or, when it is not given, all of the
     * scenario's reservoirs ({@code allByDefault}) or none.
     */
    static Set<String> attached(String key, ParameterValues parameters, ScenarioContext context,
                                boolean allByDefault) {
        Set<String> attached = new LinkedHashSet<>();
        if (parameters.has(key)) {
            for (String name : parameters.names(key)) {
                attached.add(requireDefined(key, name, context));
            }
        } else if (allByDefault) {
            attached.addAll(context.reservoirNames());
        }
        return attached;
    }
}
