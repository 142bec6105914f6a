package org.szilard.osgi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.kernel.registry.ClassManifest;

/**
 * The packages the platform promises plugin bundles, with their versions: those of the API, and of Commons Math
 * (numerical plugins such as the solvers use it, and the kernel already carries it). They are added to the system
 * bundle's exports as the jars' own Export-Package headers state them, so that a plugin's version ranges match and it
 * gets the very classes the kernel uses. (Felix also exports every other package of the boot layer, without a version:
 * the JDK's and those of the other modules in lib/, as the modules runtime lets plugin modules read them too.)
 */
final class SharedPackages {

    /** A class of each shared library; the API's first. */
    private static final List<String> LIBRARIES = List.of(PluginProvider.class.getName(),
            "org.apache.commons.math3.util.FastMath");

    private SharedPackages() {
    }

    /** The Export-Package clauses of the shared libraries, for org.osgi.framework.system.packages.extra. */
    static String exportHeader() {
        return LIBRARIES.stream().map(SharedPackages::load).flatMap(Optional::stream)
                .map(ClassManifest::of).flatMap(Optional::stream)
                .map(m -> m.getMainAttributes().getValue("Export-Package")).filter(Objects::nonNull)
                .collect(Collectors.joining(","));
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, SharedPackages.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
