package org.szilard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.engine.KernelMath;

/**
 * Test helpers for plugin authors: creates a plugin from its provider the way the kernel does (the given values
 * plus the provider's declared defaults), in a scenario context of your choosing, and compares operators.
 */
public final class PluginTests {

    /** The kernel's linear algebra, as plugins receive it at run time. */
    public static final QuantumMath MATH = KernelMath.create();

    private PluginTests() {
    }

    /** A scenario context with the given substance (or none) and reservoir names. */
    public static ScenarioContext context(WorkingSubstance substance, String... reservoirNames) {
        Set<String> names = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(reservoirNames)));
        return new ScenarioContext() {
            @Override
            public Optional<WorkingSubstance> substance() {
                return Optional.ofNullable(substance);
            }

            @Override
            public Set<String> reservoirNames() {
                return names;
            }

            @Override
            public QuantumMath math() {
                return MATH;
            }
        };
    }

    /** The plugin for the given values (key, value, key, value, ...), defaults filled in, in an empty scenario. */
    public static <T> T create(PluginProvider<T> provider, Object... keysAndValues) {
        return create(provider, context(null), keysAndValues);
    }

    /** The plugin for the given values (key, value, ...), defaults filled in, in the given scenario context. */
    public static <T> T create(PluginProvider<T> provider, ScenarioContext context, Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (Parameter p : provider.parameters()) {
            p.defaultValue().ifPresent(v -> values.put(p.name(), v));
        }
        for (int k = 0; k < keysAndValues.length; k += 2) {
            values.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return provider.create(new ParameterValues(values), context);
    }

    /** Asserts that two operators agree entry by entry within {@code tolerance}. */
    public static void assertOperatorEquals(Operator expected, Operator actual, double tolerance) {
        assertEquals(expected.dimension(), actual.dimension(), "dimension");
        assertTrue(expected.minus(actual).maxAbs() < tolerance, () -> "expected " + expected + " but was " + actual);
    }
}
