package org.szilard.kernel.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated scenario: every block's type exists and its parameters passed the type and range checks.
 *
 * @param name the scenario name
 * @param substance the working substance block
 * @param reservoirs the reservoir blocks by the user's names, in declaration order
 * @param protocol the protocol block
 * @param initial the initial-state block (type one of {@link InitialStates#types()}); empty for the default
 * @param solver the solver block
 * @param analyzers the analyzer blocks, in the order asked for
 * @param samples how many time-series points to keep for output
 */
public record ScenarioSpec(String name, PluginBlock substance, Map<String, PluginBlock> reservoirs,
                           PluginBlock protocol, Optional<PluginBlock> initial, PluginBlock solver,
                           List<PluginBlock> analyzers, int samples) {

    public ScenarioSpec {
        reservoirs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reservoirs));
        analyzers = List.copyOf(analyzers);
    }
}
