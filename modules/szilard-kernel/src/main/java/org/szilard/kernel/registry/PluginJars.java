package org.szilard.kernel.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The jar files of a plugins folder, as every plugin runtime reads it. */
public final class PluginJars {

    private PluginJars() {
    }

    /** The jar files directly in the folder, sorted by name; none when the folder does not exist. */
    public static List<Path> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins in " + folder, e);
        }
    }
}
