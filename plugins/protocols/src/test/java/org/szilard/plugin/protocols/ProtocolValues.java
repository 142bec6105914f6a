package org.szilard.plugin.protocols;

import java.util.HashMap;
import java.util.Map;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.protocol.ProtocolProvider;
import org.szilard.api.protocol.Schedule;

/** Creates a protocol as the loader would: the given values plus the provider's declared defaults. */
final class ProtocolValues {

    private ProtocolValues() {
    }

    /** The given values (key, value, key, value, ...) with the declared defaults filled in. */
    static Map<String, Object> withDefaults(ProtocolProvider provider, Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        provider.parameters().forEach(p -> p.defaultValue().ifPresent(d -> values.put(p.name(), d)));
        for (int k = 0; k < keysAndValues.length; k += 2) {
            values.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return values;
    }

    /** The schedule of the protocol for complete values. */
    static Schedule schedule(ProtocolProvider provider, Map<String, Object> values, ScenarioContext context) {
        return provider.create(new ParameterValues(values), context).schedule();
    }

    /** The schedule for the given values (key, value, ...) and the declared defaults. */
    static Schedule schedule(ProtocolProvider provider, ScenarioContext context, Object... keysAndValues) {
        return schedule(provider, withDefaults(provider, keysAndValues), context);
    }
}
