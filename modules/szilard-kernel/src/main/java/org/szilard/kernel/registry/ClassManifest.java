package org.szilard.kernel.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The manifest of the jar (or class folder) a class comes from: read through the class's module when it is named,
 * through its code source when it is on the class path. This is where bundle names, versions and exported
 * packages are written.
 */
public final class ClassManifest {

    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private ClassManifest() {
    }

    /** The manifest of the class's jar or folder, if it has one. */
    public static Optional<Manifest> of(Class<?> type) {
        Module module = type.getModule();
        if (module.isNamed()) {
            try (InputStream in = module.getResourceAsStream(MANIFEST)) {
                return in == null ? Optional.empty() : Optional.of(new Manifest(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return location(type).flatMap(ClassManifest::read);
    }

    /** The jar file or class folder a class was loaded from, if known. */
    public static Optional<Path> location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Manifest> read(Path location) {
        try {
            if (Files.isDirectory(location)) {
                Path file = location.resolve(MANIFEST);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return Optional.of(new Manifest(in));
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return Optional.ofNullable(jar.getManifest());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
