package org.szilard.kernel.registry;

import java.util.Optional;
import java.util.jar.Attributes;

/**
 * The plugin a type comes from: its bundle symbolic name, which is also its JPMS module name, and its version.
 * Both runtimes name a plugin the same way, so {@code szilard plugins} lists the same origins in either.
 *
 * @param name    the bundle symbolic name (= module name), or the jar or folder name of a plain jar
 * @param version the bundle version, the module version when there is no bundle version, or "" when neither is
 *                known
 */
public record PluginOrigin(String name, String version) {

    /** The plugin of a provider class, from its module, or from the jar or folder it was loaded from. */
    public static PluginOrigin of(Class<?> type) {
        Optional<Attributes> manifest = ClassManifest.of(type).map(m -> m.getMainAttributes());
        String version = manifest.map(m -> m.getValue("Bundle-Version")).orElse(null);
        Module module = type.getModule();
        if (module.isNamed()) {
            return new PluginOrigin(module.getName(),
                    version != null ? version : module.getDescriptor().rawVersion().orElse(""));
        }
        String name = manifest.map(m -> m.getValue("Bundle-SymbolicName")).map(n -> n.split(";", 2)[0].strip())
                .or(() -> ClassManifest.location(type).map(l -> l.getFileName().toString())).orElse("class path");
        return new PluginOrigin(name, version != null ? version : "");
    }

    /** "name version", or the name alone when the version is unknown. */
    @Override
    public String toString() {
        return version.isEmpty() ? name : name + " " + version;
    }
}
