package org.szilard.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.szilard.kernel.engine.Simulation;
import org.szilard.kernel.engine.SimulationFactory;
import org.szilard.kernel.layer.PluginLayer;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.ScenarioSpec;
import org.szilard.osgi.FelixPlugins;

/**
 * What the commands work with: the installed plugins, the step from a validated scenario to a simulation (replaced
 * in tests), and what to shut down afterwards (the OSGi framework).
 *
 * @param registry the installed plugin types
 * @param simulations creates the simulation of a scenario; may throw
 *                    {@link org.szilard.kernel.scenario.ConfigurationException}
 * @param shutdown    stops the plugin runtime once the command is done
 */
record Installation(PluginRegistry registry, Function<ScenarioSpec, Simulation> simulations, Runnable shutdown)
        implements AutoCloseable {

    /** The system property in which the launcher names the installation's plugins folder. */
    static final String PLUGINS_PROPERTY = "szilard.plugins";

    /** An installation with nothing to shut down. */
    Installation(PluginRegistry registry, Function<ScenarioSpec, Simulation> simulations) {
        this(registry, simulations, () -> { });
    }

    /** The installation's plugins folder, when the launcher named one. */
    static Optional<Path> pluginsFolder() {
        return Optional.ofNullable(System.getProperty(PLUGINS_PROPERTY)).map(Path::of);
    }

    /**
     * The plugins of the installation loaded by a runtime, run by the kernel's simulation factory. Without a plugins
     * folder (tests, an IDE) the modules runtime takes the plugins on the class or module path.
     *
     * @throws IllegalStateException for the osgi runtime without a plugins folder
     */
    static Installation open(PluginRuntime runtime) {
        Optional<Path> folder = pluginsFolder();
        return switch (runtime) {
            case MODULES -> simulating(folder.map(PluginLayer::load).orElseGet(PluginRegistry::discover), () -> { });
            case OSGI -> {
                FelixPlugins felix = FelixPlugins.start(folder.orElseThrow(
                        () -> new IllegalStateException("no plugins folder for the osgi runtime")));
                yield simulating(felix.registry(), felix::close);
            }
        };
    }

    private static Installation simulating(PluginRegistry registry, Runnable shutdown) {
        return new Installation(registry, new SimulationFactory(registry)::create, shutdown);
    }

    /** Shuts the plugin runtime down. */
    @Override
    public void close() {
        shutdown.run();
    }
}
