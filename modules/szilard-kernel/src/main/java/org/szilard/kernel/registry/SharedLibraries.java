package org.szilard.kernel.registry;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.szilard.api.plugin.PluginProvider;

/**
 * What Szilard promises plugins beside the JDK: the API, and Commons Math (numerical plugins may use it, and the
 * kernel carries it anyway). Felix exports their packages, and nothing else of lib/, from the system bundle; the
 * module layer lets plugin modules read all of lib/ (see {@link org.szilard.kernel.layer.PluginLayer}). Any other
 * library a plugin needs travels as its own jar in plugins/.
 */
public final class SharedLibraries {

    /** A class of each shared library; the API's first. */
    private static final List<String> CLASSES = List.of(PluginProvider.class.getName(),
            "org.apache.commons.math3.util.FastMath");

    private SharedLibraries() {
    }

    /** A class of each shared library that is installed, the API's first. */
    public static Stream<Class<?>> classes() {
        return CLASSES.stream().map(SharedLibraries::load).flatMap(Optional::stream);
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, SharedLibraries.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
