package org.szilard.kernel.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.api.protocol.ProtocolProvider;
import org.szilard.api.reservoir.ReservoirProvider;
import org.szilard.api.solver.SolverProvider;
import org.szilard.api.substance.SubstanceProvider;

/**
 * The installed plugin types, by family and type id. Built either by discovery (ServiceLoader over the class or
 * module path) or from providers handed in directly (tests, the OSGi bridge). A provider that fails to load or
 * repeats a type id already taken is left out and reported in {@link #problems()}; the others keep working.
 */
public final class PluginRegistry {

    private final Map<PluginKind, Map<String, PluginProvider<?>>> providers = new EnumMap<>(PluginKind.class);
    private final List<String> problems = new ArrayList<>();

    private PluginRegistry() {
        for (PluginKind kind : PluginKind.values()) {
            providers.put(kind, new TreeMap<>());
        }
    }

    /** Discovers every provider visible to this module's ServiceLoader. */
    public static PluginRegistry discover() {
        PluginRegistry registry = new PluginRegistry();
        registry.load(ServiceLoader.load(SubstanceProvider.class), PluginKind.SUBSTANCE);
        registry.load(ServiceLoader.load(ReservoirProvider.class), PluginKind.RESERVOIR);
        registry.load(ServiceLoader.load(ProtocolProvider.class), PluginKind.PROTOCOL);
        registry.load(ServiceLoader.load(SolverProvider.class), PluginKind.SOLVER);
        registry.load(ServiceLoader.load(AnalyzerProvider.class), PluginKind.ANALYZER);
        return registry;
    }

    /** A registry of exactly the given providers, with no discovery. */
    public static PluginRegistry of(Collection<? extends PluginProvider<?>> given) {
        PluginRegistry registry = new PluginRegistry();
        given.forEach(registry::add);
        return registry;
    }

    private void load(ServiceLoader<? extends PluginProvider<?>> loader, PluginKind kind) {
        var iterator = loader.stream().iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    return;
                }
                ServiceLoader.Provider<? extends PluginProvider<?>> candidate = iterator.next();
                try {
                    add(candidate.get());
                } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                    problems.add("the " + kind.label() + " plugin " + candidate.type().getName()
                            + " could not be loaded: " + rootMessage(e));
                }
            } catch (ServiceConfigurationError e) {
                problems.add("a " + kind.label() + " plugin could not be loaded: " + rootMessage(e));
            }
        }
    }

    private void add(PluginProvider<?> provider) {
        PluginKind kind = PluginKind.of(provider);
        String type = provider.type();
        PluginProvider<?> previous = providers.get(kind).putIfAbsent(type, provider);
        if (previous != null && previous.getClass() != provider.getClass()) {
            problems.add("the " + kind.label() + " type '" + type + "' is provided by both "
                    + previous.getClass().getName() + " and " + provider.getClass().getName() + "; using the first");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** The provider of a type id in a family. */
    public Optional<PluginProvider<?>> find(PluginKind kind, String type) {
        return Optional.ofNullable(providers.get(kind).get(type));
    }

    /** The installed type ids of a family, sorted. */
    public List<String> types(PluginKind kind) {
        return List.copyOf(providers.get(kind).keySet());
    }

    /** The installed providers of a family, sorted by type id. */
    public List<PluginProvider<?>> providers(PluginKind kind) {
        return List.copyOf(providers.get(kind).values());
    }

    /** Plugins that could not be used, each named with the reason. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }
}
