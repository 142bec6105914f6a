package org.szilard.plugin.oscillators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/**
 * Test helpers: creates substances as the kernel does (given values plus the provider's defaults, in a scenario of
 * their own) and compares operators.
 */
final class TestSubstances {

    static final QuantumMath MATH = new EjmlQuantumMath();

    private static final ScenarioContext CONTEXT = new ScenarioContext() {
        @Override
        public Optional<WorkingSubstance> substance() {
            return Optional.empty();
        }

        @Override
        public Set<String> reservoirNames() {
            return Set.of();
        }

        @Override
        public QuantumMath math() {
            return MATH;
        }
    };

    private TestSubstances() {
    }

    /** The substance for the given values (key, value, key, value, ...), defaults filled in. */
    static WorkingSubstance create(SubstanceProvider provider, Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (Parameter p : provider.parameters()) {
            p.defaultValue().ifPresent(v -> values.put(p.name(), v));
        }
        for (int k = 0; k < keysAndValues.length; k += 2) {
            values.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return provider.create(new ParameterValues(values), CONTEXT);
    }

    /** Asserts that two operators agree entry by entry within {@code tolerance}. */
    static void assertOperatorEquals(Operator expected, Operator actual, double tolerance) {
        assertEquals(expected.dimension(), actual.dimension());
        assertTrue(expected.minus(actual).maxAbs() < tolerance, () -> "expected " + expected + " but was " + actual);
    }
}
