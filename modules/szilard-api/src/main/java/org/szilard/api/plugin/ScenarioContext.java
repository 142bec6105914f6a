package org.szilard.api.plugin;

import java.util.Optional;
import java.util.Set;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.substance.WorkingSubstance;

/**
 * What a plugin may know about the rest of the scenario while it is created: the working substance (once it
 * exists; substances are created first), the reservoir names, and the kernel's mathematics.
 */
public interface ScenarioContext {

    /** The working substance; empty while the substance itself is being created. */
    Optional<WorkingSubstance> substance();

    /** The names the scenario gives its reservoirs, in declaration order. */
    Set<String> reservoirNames();

    /** The kernel's linear algebra. */
    QuantumMath math();
}
