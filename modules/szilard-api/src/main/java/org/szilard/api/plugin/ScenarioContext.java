package org.szilard.api.plugin;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.substance.WorkingSubstance;

/**
 * What a plugin may know about the rest of the scenario while it is created: the working substance (once it
 * exists; substances are created first), the reservoir names and (after they are created) temperatures, and the
 * kernel's mathematics.
 */
public interface ScenarioContext {

    /** The working substance; empty while the substance itself is being created. */
    Optional<WorkingSubstance> substance();

    /** The names the scenario gives its reservoirs, in declaration order. */
    Set<String> reservoirNames();

    /**
     * The temperature of a named reservoir, once the reservoirs exist (protocols and analyzers see them; reservoirs
     * themselves do not); empty for an unknown name or while reservoirs are being created.
     */
    default OptionalDouble temperature(String reservoir) {
        return OptionalDouble.empty();
    }

    /** The kernel's linear algebra. */
    QuantumMath math();
}
