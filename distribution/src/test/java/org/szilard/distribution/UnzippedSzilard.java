package org.szilard.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The distribution zip unzipped into a folder, as a user installs it, and its {@code bin/szilard} command. */
final class UnzippedSzilard {

    /** The two plugin runtimes. */
    static final List<String> RUNTIMES = List.of("osgi", "modules");

    private final Path home;

    private UnzippedSzilard(Path home) {
        this.home = home;
    }

    /** The result of one szilard command. */
    record Outcome(int exitCode, String stdout, String stderr) {

        /** Standard output without the run's wall time, the one value that differs between two runs. */
        String resultsWithoutWallTime() {
            return stdout.replaceAll("\"wallSeconds\"\\s*:\\s*[-+0-9.eE]+", "\"wallSeconds\" : 0");
        }
    }

    /** Unzips the built distribution into a folder; the zip holds one folder, szilard-VERSION. */
    static UnzippedSzilard unzip(Path folder) throws IOException {
        Path zip = Path.of(System.getProperty("szilard.zip"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        try (var top = Files.list(folder)) {
            Path home = top.filter(Files::isDirectory).findFirst().orElseThrow();
            assertTrue(home.getFileName().toString().startsWith("szilard-"), home.toString());
            // java.util.zip does not restore file modes; the zip stores bin/szilard as 0755
            assertTrue(home.resolve("bin/szilard").toFile().setExecutable(true));
            return new UnzippedSzilard(home);
        }
    }

    /** The installation folder. */
    Path home() {
        return home;
    }

    /** The folder plugins are dropped into. */
    Path plugins() {
        return home.resolve("plugins");
    }

    /** The example scenarios that come with the installation. */
    List<Path> examples() throws IOException {
        try (var files = Files.list(home.resolve("examples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** Runs bin/szilard with the arguments in a new process. */
    Outcome szilard(String... args) throws IOException, InterruptedException {
        return start(List.of(args), Map.of()).finish();
    }

    /**
     * Runs bin/szilard with the arguments and some environment variables set (JAVA_HOME, XDG_CACHE_HOME, ...) in a new
     * process.
     */
    Outcome szilard(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return start(List.of(args), environment).finish();
    }

    /**
     * Runs bin/szilard with the arguments under each runtime (adding {@code --runtime}), the two processes at the
     * same time.
     *
     * @return the outcomes by runtime name
     */
    Map<String, Outcome> inEachRuntime(String... args) throws IOException, InterruptedException {
        Map<String, Running> running = new LinkedHashMap<>();
        for (String runtime : RUNTIMES) {
            List<String> withRuntime = new ArrayList<>(List.of(args));
            withRuntime.addAll(List.of("--runtime", runtime));
            running.put(runtime, start(withRuntime, Map.of()));
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, Running> entry : running.entrySet()) {
            outcomes.put(entry.getKey(), entry.getValue().finish());
        }
        return outcomes;
    }

    /**
     * Starts bin/szilard with the test's JVM as JAVA_HOME and a cache folder next to the installation (so that its
     * class-data archive does not go to the user's), both unless the environment given says otherwise.
     */
    private Running start(List<String> args, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/szilard").toString()));
        command.addAll(args);
        Path out = Files.createTempFile("szilard", ".out");
        Path err = Files.createTempFile("szilard", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("XDG_CACHE_HOME", home.resolveSibling("cache").toString());
        builder.environment().putAll(environment);
        return new Running(builder.start(), out, err);
    }

    /** A szilard process and the files its output goes to. */
    private record Running(Process process, Path out, Path err) {

        Outcome finish() throws IOException, InterruptedException {
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "szilard did not finish");
            try {
                return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.delete(out);
                Files.delete(err);
            }
        }
    }
}
