package org.szilard.osgi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.kernel.registry.ClassManifest;

/**
 * What the platform offers plugin bundles: the packages of the API, and of Commons Math (numerical plugins such as
 * the solvers use it, and the kernel already carries it). Felix exports them from the system bundle, so a plugin
 * gets the very classes the kernel uses; the list is read from the jars' own Export-Package headers.
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
