package org.szilard.kernel.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.szilard.api.plugin.PluginProvider;

/**
 * The installed plugin types, by family and type id, each with the plugin it comes from. Built by discovery
 * (ServiceLoader over the class path, the module path or a module layer), or from providers handed in (tests, the
 * OSGi runtime). A provider that fails to load or repeats a type id already taken is left out and reported in
 * {@link #problems()}; the others keep working.
 */
public final class PluginRegistry {

    /** A provider and the plugin it comes from. */
    private record Installed(PluginProvider<?> provider, PluginOrigin origin) {
    }

    private final Map<PluginKind, Map<String, Installed>> installed = new EnumMap<>(PluginKind.class);
    private final List<String> problems;

    private PluginRegistry(List<String> problems) {
        for (PluginKind kind : PluginKind.values()) {
            installed.put(kind, new TreeMap<>());
        }
        this.problems = problems;
    }

    /** Discovers every provider visible to this module's ServiceLoader (class path and module path). */
    public static PluginRegistry discover() {
        return builder().discover().build();
    }

    /** A registry of exactly the given providers, with no discovery; each one's origin is read from its class. */
    public static PluginRegistry of(Collection<? extends PluginProvider<?>> given) {
        Builder builder = builder();
        given.forEach(provider -> builder.add(provider, PluginOrigin.of(provider.getClass())));
        return builder.build();
    }

    /** An empty builder, for runtimes that find providers their own way. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects providers and problems, then builds the registry. Providers are installed in the order of their
     * plugin's name, whatever order the plugins were found in, so that of two plugins providing one type id the
     * same one wins in every runtime.
     */
    public static final class Builder {

        private final List<Installed> candidates = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        private Builder() {
        }

        /** Adds a provider from the given plugin. */
        public Builder add(PluginProvider<?> provider, PluginOrigin origin) {
            candidates.add(new Installed(provider, origin));
            return this;
        }

        /** Reports a provider whose creation failed, by its class and plugin, with the root cause. */
        public Builder failed(PluginKind kind, String providerClass, PluginOrigin origin, Throwable cause) {
            problems.add("the " + kind.label() + " plugin " + providerClass + " in " + origin
                    + " could not be loaded: " + rootMessage(cause));
            return this;
        }

        /** Reports a plugin (bundle, module or jar) that could not be used at all, and why. */
        public Builder unusable(String plugin, String reason) {
            return problem("the plugin " + plugin + " is not used: " + reason);
        }

        /** Reports any other problem of the plugin runtime, in a sentence for the user. */
        public Builder problem(String message) {
            problems.add(message);
            return this;
        }

        /** Adds every provider found by ServiceLoader on the class path and the module path. */
        public Builder discover() {
            for (PluginKind kind : PluginKind.values()) {
                load(ServiceLoader.load(kind.providerType()), kind);
            }
            return this;
        }

        /** Adds every provider found by ServiceLoader in a module layer and its parents. */
        public Builder discover(ModuleLayer layer) {
            for (PluginKind kind : PluginKind.values()) {
                load(ServiceLoader.load(layer, kind.providerType()), kind);
            }
            return this;
        }

        private void load(ServiceLoader<? extends PluginProvider<?>> loader, PluginKind kind) {
            var iterator = loader.stream().iterator();
            while (true) {
                try {
                    if (!iterator.hasNext()) {
                        return;
                    }
                    ServiceLoader.Provider<? extends PluginProvider<?>> candidate = iterator.next();
                    PluginOrigin origin = PluginOrigin.of(candidate.type());
                    try {
                        add(candidate.get(), origin);
                    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                        failed(kind, candidate.type().getName(), origin, e);
                    }
                } catch (ServiceConfigurationError e) {
                    problems.add("a " + kind.label() + " plugin could not be loaded: " + rootMessage(e));
                }
            }
        }

        /** The registry of the providers added so far. */
        public PluginRegistry build() {
            PluginRegistry registry = new PluginRegistry(new ArrayList<>(problems));
            candidates.stream().sorted(Comparator.comparing(i -> i.origin().name())).forEach(registry::install);
            return registry;
        }
    }

    private void install(Installed candidate) {
        PluginKind kind = PluginKind.of(candidate.provider());
        String type = candidate.provider().type();
        Installed previous = installed.get(kind).putIfAbsent(type, candidate);
        if (previous != null && previous.provider().getClass() != candidate.provider().getClass()) {
            problems.add("the " + kind.label() + " type '" + type + "' is provided by both " + previous.origin()
                    + " (" + previous.provider().getClass().getName() + ") and " + candidate.origin() + " ("
                    + candidate.provider().getClass().getName() + "); using the first");
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
        return Optional.ofNullable(installed.get(kind).get(type)).map(Installed::provider);
    }

    /** The plugin that provides a type id of a family. */
    public Optional<PluginOrigin> origin(PluginKind kind, String type) {
        return Optional.ofNullable(installed.get(kind).get(type)).map(Installed::origin);
    }

    /** The installed type ids of a family, sorted. */
    public List<String> types(PluginKind kind) {
        return List.copyOf(installed.get(kind).keySet());
    }

    /** The installed providers of a family, sorted by type id. */
    public List<PluginProvider<?>> providers(PluginKind kind) {
        return installed.get(kind).values().stream().<PluginProvider<?>>map(Installed::provider).toList();
    }

    /** Plugins that could not be used, each named with the reason. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }
}
