package org.szilard.osgi;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.szilard.kernel.registry.ClassManifest;
import org.szilard.kernel.registry.SharedLibraries;

/**
 * The packages of the libraries Szilard shares with plugins ({@link SharedLibraries}: the API and Commons Math), with
 * their versions, added to the system bundle's exports as the jars' own Export-Package headers state them, so that a
 * plugin's version ranges match and it gets the very classes the kernel uses. Started from the class path (the
 * launcher's way for this runtime), Felix exports nothing else of lib/ besides, only the JDK's packages.
 */
final class SharedPackages {

    private SharedPackages() {
    }

    /** The Export-Package clauses of the shared libraries, for org.osgi.framework.system.packages.extra. */
    static String exportHeader() {
        return SharedLibraries.classes().map(ClassManifest::of).flatMap(Optional::stream)
                .map(m -> m.getMainAttributes().getValue("Export-Package")).filter(Objects::nonNull)
                .collect(Collectors.joining(","));
    }
}
