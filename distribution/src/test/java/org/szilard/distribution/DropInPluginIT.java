package org.szilard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.distribution.UnzippedSzilard.Outcome;

/**
 * Plugins dropped into the plugins folder of an unzipped installation, with no other change: the example plugin
 * project (built with Maven against the API alone) adds its type to both runtimes, and broken plugins are
 * reported by name while everything else keeps working.
 */
class DropInPluginIT {

    private static final Path SOURCE = Path.of(System.getProperty("szilard.source"));
    private static final Path TEST_PLUGINS = SOURCE.resolve("distribution/src/test/plugins");

    @TempDir
    Path folder;

    @Test
    void exampleLambdaPluginWorksInBothRuntimes() throws Exception {
        UnzippedSzilard szilard = UnzippedSzilard.unzip(Files.createDirectory(folder.resolve("install")));
        Path project = folder.resolve("plugin-lambda");
        copy(SOURCE.resolve("examples/plugin-lambda"), project);
        Path jar = PluginJars.maven(project, apiJar(szilard), Files.createDirectory(folder.resolve("maven")));
        Files.copy(jar, szilard.plugins().resolve(jar.getFileName()));

        for (String runtime : UnzippedSzilard.RUNTIMES) {
            Outcome plugins = szilard.szilard("plugins", "--runtime", runtime);
            assertEquals("", plugins.stderr(), runtime);
            assertTrue(plugins.stdout().lines().anyMatch(l -> l.matches(
                    "  lambda-system +org\\.szilard\\.example\\.lambda +1\\.0\\.0 +A three-level Lambda system.*")),
                    runtime + ":\n" + plugins.stdout());
        }
        Path scenario = project.resolve("lambda-refrigerator.yaml");
        Map<String, Outcome> outcomes = szilard.inEachRuntime("run", scenario.toString(), "--json");
        Outcome osgi = outcomes.get("osgi");
        Outcome modules = outcomes.get("modules");
        assertEquals(0, osgi.exitCode(), osgi.stderr());
        assertEquals(0, modules.exitCode(), modules.stderr());
        assertTrue(osgi.stdout().contains("\"refrigerator\""), osgi.stdout());
        // every cycle g1 -> g2 -> e -> g1 moves the gaps 0.5 (cold), 1.5 (hot) and 2 (room): heats in ratio 1 : 3 : -4
        Matcher heat = Pattern.compile("\"heat\"\\s*:\\s*\\{\\s*\"cold\"\\s*:\\s*(\\S+),\\s*\"hot\"\\s*:\\s*(\\S+),"
                + "\\s*\"room\"\\s*:\\s*(\\S+)\\s*}").matcher(osgi.stdout());
        assertTrue(heat.find(), osgi.stdout());
        double cold = Double.parseDouble(heat.group(1));
        assertTrue(cold > 0, "the cold bath is cooled");
        assertEquals(3 * cold, Double.parseDouble(heat.group(2)), 1e-9 * cold);
        assertEquals(-4 * cold, Double.parseDouble(heat.group(3)), 1e-9 * cold);
        assertEquals(osgi.resultsWithoutWallTime(), modules.resultsWithoutWallTime());
    }

    @Test
    void brokenPluginsAreReportedByNameAndTheOthersWork() throws Exception {
        UnzippedSzilard szilard = UnzippedSzilard.unzip(Files.createDirectory(folder.resolve("install")));
        Path api = apiJar(szilard);
        PluginJars.javac(TEST_PLUGINS.resolve("broken"), List.of(api), szilard.plugins().resolve("broken.jar"));
        Path nowhere = PluginJars.javac(TEST_PLUGINS.resolve("nowhere"), List.of(), folder.resolve("nowhere.jar"));
        PluginJars.javac(TEST_PLUGINS.resolve("needy"), List.of(api, nowhere), szilard.plugins().resolve("needy.jar"));
        try (JarOutputStream plain = new JarOutputStream(Files.newOutputStream(szilard.plugins().resolve("plain.jar")))) {
            plain.putNextEntry(new JarEntry("notes.txt"));
        }
        // a plugin that uses a library of the kernel (Guice), and a copy of one (jakarta.inject): Felix offers bundles
        // only the API, Commons Math and the JDK, and takes the copy as a bundle of its own; the module layer lets
        // plugin modules read all of lib/, and leaves the copy out (docs/plugins.md)
        PluginJars.javac(TEST_PLUGINS.resolve("peeker"), List.of(api, libraryJar(szilard, "guice-")),
                szilard.plugins().resolve("peeker.jar"));
        Path inject = libraryJar(szilard, "jakarta.inject-api-");
        Files.copy(inject, szilard.plugins().resolve(inject.getFileName()));
        Path example = szilard.home().resolve("examples/spin-otto.yaml");
        String notABundle = "szilard: warning: the plugin plain.jar is not used: it is not an OSGi bundle";
        assertTrue(szilard.szilard("plugins").stderr().contains(notABundle), "osgi is the default runtime");

        String results = null;
        for (String runtime : UnzippedSzilard.RUNTIMES) {
            Outcome plugins = szilard.szilard("plugins", "--runtime", runtime);
            assertEquals(0, plugins.exitCode(), plugins.stderr());
            assertTrue(plugins.stdout().lines().anyMatch(l -> l.matches("  spin +org\\.szilard\\.plugin\\.spin .*")),
                    runtime + ": the first provider of spin is kept\n" + plugins.stdout());
            assertFalse(plugins.stdout().contains("broken"), plugins.stdout());
            String err = plugins.stderr();
            assertTrue(err.contains("szilard: warning: the substance plugin org.szilard.test.broken.BrokenProvider in "
                    + "org.szilard.test.broken 1.0.0 could not be loaded: IllegalStateException: broken on purpose"),
                    runtime + ":\n" + err);
            assertTrue(err.contains("szilard: warning: the substance type 'spin' is provided by both "
                    + "org.szilard.plugin.spin"), runtime + ":\n" + err);
            assertTrue(err.lines().anyMatch(l -> l.startsWith("szilard: warning: the plugin org.szilard.test.needy "
                    + "(needy.jar) is not used: ") && l.contains("org.nowhere")), runtime + ":\n" + err);
            assertFalse(err.contains("\tat "), "stack trace on stderr:\n" + err);
            assertEquals(runtime.equals("osgi"), err.contains(notABundle), "a plain jar is a module, not a bundle");
            boolean osgi = runtime.equals("osgi");
            assertEquals(osgi, err.lines().anyMatch(l -> l.startsWith("szilard: warning: the plugin "
                    + "org.szilard.test.peeker (peeker.jar) is not used: ") && l.contains("com.google.inject")),
                    runtime + ": Guice is not shared with bundles\n" + err);
            assertEquals(!osgi, plugins.stdout().lines().anyMatch(l -> l.startsWith("  peeker ")),
                    runtime + ": plugin modules read lib/\n" + plugins.stdout());
            assertEquals(!osgi, err.contains("the plugin jakarta.inject (jakarta.inject-api-2.0.1.jar) is not used: "
                    + "a module of that name is already part of Szilard (lib/)"), runtime + ":\n" + err);

            Outcome run = szilard.szilard("run", example.toString(), "--json", "--runtime", runtime);
            assertEquals(0, run.exitCode(), run.stderr());
            assertTrue(run.stderr().contains("org.szilard.test.broken"), run.stderr());
            if (results != null) {
                assertEquals(results, run.resultsWithoutWallTime());
            }
            results = run.resultsWithoutWallTime();
        }
    }

    private static Path apiJar(UnzippedSzilard szilard) throws IOException {
        return libraryJar(szilard, "szilard-api-");
    }

    /** The jar of lib/ whose name starts with the prefix. */
    private static Path libraryJar(UnzippedSzilard szilard, String prefix) throws IOException {
        try (Stream<Path> jars = Files.list(szilard.home().resolve("lib"))) {
            return jars.filter(j -> j.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    /** Copies a source folder, leaving out build output. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !from.relativize(f).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
