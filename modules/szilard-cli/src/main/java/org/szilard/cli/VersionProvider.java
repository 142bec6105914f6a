package org.szilard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/** The Szilard version, from the {@code version.properties} resource written by the build. */
final class VersionProvider {

    private static final String UNKNOWN = "unknown";

    /** The project version, or "unknown" when the resource is missing (a build that skipped resources). */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code --version} prints: Szilard's version and the Java it runs on. */
    static List<String> lines() {
        return List.of("szilard " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    }
}
