package org.szilard.plugin.protocols;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Optional;
import java.util.Set;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.WorkingSubstance;

/** A scenario context that knows reservoir names and temperatures, which is all the protocols look at. */
record TestContext(Set<String> reservoirNames, Map<String, Double> temperatures) implements ScenarioContext {

    static TestContext withReservoirs(String... names) {
        return new TestContext(new LinkedHashSet<>(List.of(names)), Map.of());
    }

    /** Reservoirs with these names and temperatures. */
    static TestContext withTemperatures(Map<String, Double> temperatures) {
        return new TestContext(new LinkedHashSet<>(temperatures.keySet()), temperatures);
    }

    @Override
    public OptionalDouble temperature(String reservoir) {
        Double t = temperatures.get(reservoir);
        return t == null ? OptionalDouble.empty() : OptionalDouble.of(t);
    }

    @Override
    public Optional<WorkingSubstance> substance() {
        return Optional.empty();
    }

    @Override
    public QuantumMath math() {
        throw new UnsupportedOperationException("protocols need no linear algebra");
    }
}
