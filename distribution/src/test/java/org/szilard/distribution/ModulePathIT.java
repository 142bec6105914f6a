package org.szilard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged layout as a user runs it: every jar on the Java module path, plugins found by ServiceLoader through
 * their module descriptors, the CLI started as a module in a separate JVM.
 */
class ModulePathIT {

    private static final Path LIB = Path.of(System.getProperty("szilard.lib"));
    private static final Path EXAMPLES = Path.of(System.getProperty("szilard.examples"));
    /** An example that demonstrates a warning says so in a comment line starting with this. */
    private static final String EXPECTED_WARNING = "# expected warning:";

    record Outcome(int exitCode, String stdout, String stderr) {
    }

    private static Outcome szilard(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-p", LIB.toString(), "--add-modules", "ALL-MODULE-PATH", "-m", "org.szilard.cli/org.szilard.cli.Szilard"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("szilard", ".out");
        Path err = Files.createTempFile("szilard", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "szilard did not finish");
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleRunsOnTheModulePath(Path example) throws Exception {
        Outcome outcome = szilard("run", example.toString(), "--json");
        assertEquals(0, outcome.exitCode(), outcome.stderr());
        String json = outcome.stdout().strip();
        assertTrue(json.startsWith("{") && json.endsWith("}"), json);
        assertTrue(json.contains("\"firstLawResidual\""), json);
        String expected = Files.readAllLines(example).stream().filter(l -> l.startsWith(EXPECTED_WARNING))
                .map(l -> l.substring(EXPECTED_WARNING.length()).strip()).findFirst().orElse(null);
        if (expected == null) {
            assertTrue(json.matches("(?s).*\"warnings\"\\s*:\\s*\\[\\s*\\]\\s*}"), "unexpected warnings: " + json);
        } else {
            assertTrue(json.contains(expected), "the warning '" + expected + "' is missing: " + json);
        }
    }

    @Test
    void everyPluginTypeIsFound() throws Exception {
        Outcome outcome = szilard("plugins");
        assertEquals(0, outcome.exitCode(), outcome.stderr());
        for (String type : List.of("spin", "spin-chain", "oscillator", "quantum-dot", "matrix", "bosonic",
                "fermionic", "hold", "ramp", "otto", "carnot", "landauer", "counterdiabatic", "steady", "lindblad",
                "exponential", "unitary", "energetics", "entropy")) {
            assertTrue(outcome.stdout().contains(type), type + " missing from:\n" + outcome.stdout());
        }
        assertEquals("", outcome.stderr());
    }

    @Test
    void badScenarioExitsWithTwoAndKeepsStdoutEmpty() throws Exception {
        Path bad = Files.createTempFile("bad", ".yaml");
        Files.writeString(bad, "substance: { type: spin }\nprotocol: { type: hold, control: 1, duration: -1 }\n");
        Outcome outcome = szilard("run", bad.toString(), "--json");
        assertEquals(2, outcome.exitCode());
        assertEquals("", outcome.stdout());
        assertTrue(outcome.stderr().contains(":2:") && outcome.stderr().contains("protocol.duration"), outcome.stderr());
        assertTrue(!outcome.stderr().contains("\tat "), "stack trace on stderr:\n" + outcome.stderr());
    }

    @Test
    void everySzilardJarIsAModuleAndABundleOfTheSameName() throws IOException {
        try (Stream<Path> jars = Files.list(LIB)) {
            List<Path> ours = jars.filter(j -> j.getFileName().toString().startsWith("szilard-")).toList();
            assertEquals(11, ours.size(), ours.toString());
            for (Path jar : ours) {
                String module = ModuleFinder.of(jar).findAll().iterator().next().descriptor().name();
                try (JarFile file = new JarFile(jar.toFile())) {
                    String symbolicName = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                    assertEquals(module, symbolicName, jar.toString());
                }
                assertTrue(module.startsWith("org.szilard."), module);
            }
        }
    }
}
