package org.szilard.kernel.layer;

import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.szilard.kernel.registry.PluginJars;
import org.szilard.kernel.registry.PluginRegistry;

/**
 * The plugins of a folder as Java modules: every jar becomes a module (an automatic one when it has no module
 * descriptor) in a child layer of the boot layer, and ServiceLoader finds the providers in that layer. The boot layer
 * holds the API, the libraries Szilard shares with plugins and its own others (Guice, Jackson, ...); unlike bundles
 * in Felix, which see only the shared ones, a plugin module may read them all, and a jar of the folder that repeats
 * one of them is left out in favour of lib/'s (one module of a name, since automatic modules read every module). A
 * jar that is not a valid module, or a module whose dependencies cannot be resolved, is reported by name and left
 * out; the others are loaded.
 */
public final class PluginLayer {

    private PluginLayer() {
    }

    /** The registry of the plugin jars in a folder (and of any providers in the boot layer). */
    public static PluginRegistry load(Path folder) {
        PluginRegistry.Builder registry = PluginRegistry.builder();
        Map<String, Path> modules = modules(PluginJars.in(folder), registry);
        Configuration boot = ModuleLayer.boot().configuration();
        ModuleFinder finder = ModuleFinder.of(modules.values().toArray(Path[]::new));
        List<String> resolvable = new ArrayList<>();
        for (String name : modules.keySet()) {
            try {
                boot.resolve(finder, ModuleFinder.of(), Set.of(name));
                resolvable.add(name);
            } catch (FindException | ResolutionException e) {
                registry.unusable(name + " (" + modules.get(name).getFileName() + ")", e.getMessage());
            }
        }
        ModuleFinder usable = ModuleFinder.of(resolvable.stream().map(modules::get).toArray(Path[]::new));
        try {
            Configuration configuration = boot.resolve(usable, ModuleFinder.of(), Set.copyOf(resolvable));
            ModuleLayer layer = ModuleLayer.boot().defineModulesWithManyLoaders(configuration,
                    PluginLayer.class.getClassLoader());
            return registry.discover(layer).build();
        } catch (FindException | ResolutionException | LayerInstantiationException e) {
            registry.unusable(String.join(", ", resolvable), "the plugins do not fit together: " + e.getMessage());
            return registry.discover(ModuleLayer.boot()).build();
        }
    }

    /** Module name to jar; jars that are no valid module, or repeat a module name, are reported and left out. */
    private static Map<String, Path> modules(List<Path> jars, PluginRegistry.Builder registry) {
        Map<String, Path> modules = new LinkedHashMap<>();
        for (Path jar : jars) {
            try {
                for (ModuleReference reference : ModuleFinder.of(jar).findAll()) {
                    String name = reference.descriptor().name();
                    Path previous = modules.putIfAbsent(name, jar);
                    if (previous != null) {
                        registry.unusable(name + " (" + jar.getFileName() + ")",
                                "the module is already in " + previous.getFileName());
                    } else if (ModuleLayer.boot().findModule(name).isPresent()) {
                        modules.remove(name);
                        registry.unusable(name + " (" + jar.getFileName() + ")",
                                "a module of that name is already part of Szilard (lib/)");
                    }
                }
            } catch (FindException e) {
                registry.unusable(jar.getFileName().toString(), rootMessage(e));
            }
        }
        return modules;
    }

    private static String rootMessage(Throwable e) {
        return e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause().getMessage();
    }
}
