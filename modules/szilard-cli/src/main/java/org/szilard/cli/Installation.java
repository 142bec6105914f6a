package org.szilard.cli;

import java.util.function.Function;
import org.szilard.kernel.engine.Simulation;
import org.szilard.kernel.engine.SimulationFactory;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.ScenarioSpec;

/**
 * What the commands work with: the installed plugins, and the step from a validated scenario to a simulation
 * (replaced in tests).
 *
 * @param registry the installed plugin types
 * @param simulations creates the simulation of a scenario; may throw
 *                    {@link org.szilard.kernel.scenario.ConfigurationException}
 */
record Installation(PluginRegistry registry, Function<ScenarioSpec, Simulation> simulations) {

    /** The plugins found on the class or module path, run by the kernel's simulation factory. */
    static Installation discover() {
        PluginRegistry registry = PluginRegistry.discover();
        return new Installation(registry, new SimulationFactory(registry)::create);
    }
}
