package org.szilard.plugin.protocols;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.WorkingSubstance;

/** A scenario context that only knows reservoir names, which is all the protocols look at. */
record TestContext(Set<String> reservoirNames) implements ScenarioContext {

    static TestContext withReservoirs(String... names) {
        return new TestContext(new LinkedHashSet<>(List.of(names)));
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
