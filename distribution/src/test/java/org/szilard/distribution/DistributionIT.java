package org.szilard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.szilard.distribution.UnzippedSzilard.Outcome;

/**
 * The zip as a user gets it: unzipped into a fresh folder and run with its own launcher, every example under both
 * plugin runtimes (plugin bundles in Apache Felix, plugin jars in a module layer) with the same results.
 */
class DistributionIT {

    /** An example that demonstrates a warning says so in a comment line starting with this. */
    private static final String EXPECTED_WARNING = "# expected warning:";

    @TempDir
    static Path folder;
    private static UnzippedSzilard szilard;

    @BeforeAll
    static void unzip() throws IOException {
        szilard = UnzippedSzilard.unzip(folder);
    }

    static List<Path> examples() throws IOException {
        return szilard.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleGivesTheSameResultsInBothRuntimes(Path example) throws Exception {
        Map<String, Outcome> outcomes = szilard.inEachRuntime("run", example.toString(), "--json");
        Outcome osgi = outcomes.get("osgi");
        Outcome modules = outcomes.get("modules");
        assertEquals(0, osgi.exitCode(), osgi.stderr());
        assertEquals(0, modules.exitCode(), modules.stderr());
        assertEquals(osgi.resultsWithoutWallTime(), modules.resultsWithoutWallTime());
        String json = osgi.stdout().strip();
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
    void aRunLeavesAClassDataArchiveThatLaterRunsUseWithTheSameResults() throws Exception {
        Path cache = folder.resolve("own-cache");
        String example = szilard.home().resolve("examples/spin-otto.yaml").toString();
        Map<String, String> ownCache = Map.of("XDG_CACHE_HOME", cache.toString());
        Outcome first = szilard.szilard(ownCache, "run", example, "--json");
        assertEquals(0, first.exitCode(), first.stderr());
        List<Path> archives = archivesIn(cache);
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).toString().endsWith(".jsa"), archives.toString());

        Outcome second = szilard.szilard(ownCache, "run", example, "--json");
        assertEquals(0, second.exitCode(), second.stderr());
        assertEquals(first.resultsWithoutWallTime(), second.resultsWithoutWallTime());
        assertEquals("", second.stderr());
        assertTrue(second.stdout().strip().startsWith("{"), second.stdout());

        // a cache folder nobody may write into (not even root: /proc): the run goes without an archive, cleanly
        Path unwritable = Files.createDirectories(folder.resolve("unwritable-cache"));
        Path proc = Path.of("/proc");
        if (Files.isDirectory(proc)) {
            Files.createSymbolicLink(unwritable.resolve("szilard"), proc);
            Outcome without = szilard.szilard(Map.of("XDG_CACHE_HOME", unwritable.toString()), "run", example, "--json");
            assertEquals(0, without.exitCode(), without.stderr());
            assertEquals(first.resultsWithoutWallTime(), without.resultsWithoutWallTime());
            assertEquals("", without.stderr());
        }

        Path failedCache = folder.resolve("cache-of-a-failed-run");
        Outcome bad = szilard.szilard(Map.of("XDG_CACHE_HOME", failedCache.toString()), "run", "no-such-file.yaml");
        assertEquals(2, bad.exitCode(), bad.stderr());
        assertEquals(List.of(), archivesIn(failedCache), "a failed run keeps no archive");
    }

    @Test
    void anArchiveOlderThanAJarOfLibIsDroppedAndTheNextRunMakesItAgain() throws Exception {
        UnzippedSzilard own = UnzippedSzilard.unzip(Files.createDirectories(folder.resolve("own-install")));
        Path cache = folder.resolve("own-install-cache");
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString());
        String example = own.home().resolve("examples/spin-otto.yaml").toString();
        assertEquals(0, own.szilard(environment, "run", example, "--json").exitCode());
        Path archive = archivesIn(cache).get(0);
        FileTime made = Files.getLastModifiedTime(archive);

        // an updated kernel: the archive no longer describes lib/, so the next command goes without it
        Path kernel;
        try (Stream<Path> jars = Files.list(own.home().resolve("lib"))) {
            kernel = jars.filter(j -> j.getFileName().toString().startsWith("szilard-kernel-")).findFirst()
                    .orElseThrow();
        }
        Files.setLastModifiedTime(kernel, FileTime.fromMillis(made.toMillis() + 2000));
        Outcome plugins = own.szilard(environment, "plugins");
        assertEquals(0, plugins.exitCode(), plugins.stderr());
        assertEquals(List.of(), archivesIn(cache), "the stale archive is gone");

        Outcome again = own.szilard(environment, "run", example, "--json");
        assertEquals(0, again.exitCode(), again.stderr());
        assertEquals("", again.stderr());
        assertEquals(List.of(archive), archivesIn(cache));
        // the jar is stamped in the future: the archive takes its time, or every run would record it again
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(kernel)) >= 0,
                "made again, not older than the jar");
        Object file = Files.readAttributes(archive, BasicFileAttributes.class).fileKey();
        assertEquals(0, own.szilard(environment, "run", example, "--json").exitCode());
        assertEquals(file, Files.readAttributes(archive, BasicFileAttributes.class).fileKey(), "and kept");
    }

    @Test
    void aJavaOlderThan17IsRefusedByName() throws Exception {
        // a stand-in JDK whose release file says 11 (the launcher must not get as far as its java)
        Path jdk = standInJdk("jdk-11", "11.0.2");
        Outcome outcome = szilard.szilard(Map.of("JAVA_HOME", jdk.toString()), "--version");
        assertEquals(1, outcome.exitCode(), outcome.stderr());
        assertEquals("", outcome.stdout());
        assertFalse(Files.exists(jdk.resolve("calls")), "java was started");
        assertTrue(outcome.stderr().contains("needs Java 17 or newer") && outcome.stderr().contains("Java 11.0.2"),
                outcome.stderr());

        Path notAJdk = Files.createDirectories(folder.resolve("not-a-jdk"));
        Outcome none = szilard.szilard(Map.of("JAVA_HOME", notAJdk.toString()), "--version");
        assertEquals(1, none.exitCode(), none.stderr());
        assertTrue(none.stderr().contains("has no bin/java"), none.stderr());
    }

    @Test
    void javaFrom25OnRecordsAnAheadOfTimeCacheAfterTheRunAndLaterCommandsMapIt() throws Exception {
        Path jdk = standInJdk("jdk-25", "25.0.1");
        Path cache = folder.resolve("cache-of-25");
        Map<String, String> environment = Map.of("JAVA_HOME", jdk.toString(), "XDG_CACHE_HOME", cache.toString());
        Outcome first = szilard.szilard(environment, "run", "x.yaml");
        assertEquals(0, first.exitCode(), first.stderr());
        List<String> calls = Files.readAllLines(jdk.resolve("calls"));
        assertEquals(2, calls.size(), calls.toString());
        assertTrue(calls.get(0).contains("-XX:AOTMode=record") && calls.get(0).endsWith(" run x.yaml"), calls.get(0));
        assertTrue(calls.get(1).contains("-XX:AOTMode=create"), calls.get(1));
        for (String call : calls) {
            assertTrue(call.contains("--sun-misc-unsafe-memory-access=allow"), call);
            assertTrue(call.contains("-Xlog:aot*=off:stderr"), call);
        }
        List<Path> archives = archivesIn(cache);
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).getFileName().toString().matches("aot-\\d+\\.aot"), archives.toString());

        Outcome second = szilard.szilard(environment, "plugins");
        assertEquals(0, second.exitCode(), second.stderr());
        String third = Files.readAllLines(jdk.resolve("calls")).get(2);
        assertTrue(third.contains("-XX:AOTCache=" + archives.get(0)) && !third.contains("AOTMode"), third);
    }

    @Test
    void javaBefore23GetsNoFlagItDoesNotKnow() throws Exception {
        Path jdk = standInJdk("jdk-21", "21.0.4");
        Outcome outcome = szilard.szilard(Map.of("JAVA_HOME", jdk.toString(), "XDG_CACHE_HOME",
                folder.resolve("cache-of-21").toString()), "run", "x.yaml");
        assertEquals(0, outcome.exitCode(), outcome.stderr());
        List<String> calls = Files.readAllLines(jdk.resolve("calls"));
        assertEquals(1, calls.size(), calls.toString());
        assertTrue(calls.get(0).contains("-XX:ArchiveClassesAtExit="), calls.get(0));
        assertFalse(calls.get(0).contains("--sun-misc") || calls.get(0).contains("aot"), calls.get(0));
    }

    /** The compiler thresholds of the commands that compute (docs/performance.md, "The JIT compilers"). */
    private static final String COMPUTING = "-XX:Tier3InvocationThreshold=100 -XX:Tier3MinInvocationThreshold=50 "
            + "-XX:Tier3CompileThreshold=1000 -XX:Tier3BackEdgeThreshold=10000 -XX:Tier4InvocationThreshold=50000 "
            + "-XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=400000";

    @Test
    void theOsgiRuntimeStartsFromTheClassPathTheModulesRuntimeFromTheModulePathAndOnlyRunsGetC2() throws Exception {
        Path jdk = standInJdk("jdk-17", "17.0.9");
        Map<String, String> environment = Map.of("JAVA_HOME", jdk.toString(), "SZILARD_CDS", "off");
        for (String[] args : new String[][] {{"--debug", "run", "x.yaml"}, {"plugins", "--runtime", "osgi"},
            {"run", "x.yaml", "--runtime", "modules"}, {"plugins", "--runtime=MODULES"}}) {
            assertEquals(0, szilard.szilard(environment, args).exitCode());
        }
        List<String> calls = Files.readAllLines(jdk.resolve("calls"));
        String lib = szilard.home().resolve("lib").toString();
        for (int i = 0; i < 4; i++) {
            String call = calls.get(i);
            boolean modules = i >= 2;
            assertEquals(modules, call.contains(" -p " + lib + " --add-modules ALL-MODULE-PATH -m "
                    + "org.szilard.cli/org.szilard.cli.Szilard "), call);
            assertEquals(!modules, call.matches(".* -cp " + Pattern.quote(lib) + "/[^ ]+\\.jar "
                    + "org\\.szilard\\.cli\\.Szilard .*") && call.contains(lib + "/szilard-kernel-"), call);
            assertEquals(call.contains(" plugins"), call.contains("-XX:TieredStopAtLevel=1"),
                    "only the commands that compute nothing go without the optimising compiler: " + call);
            assertEquals(call.contains(" run "), call.contains(COMPUTING), "runs compile sooner with C1 and leave C2 the "
                    + "hot loops: " + call);
        }
    }

    @Test
    void theWindowsLauncherMakesTheSameChoicesUnderWine() throws Exception {
        assumeTrue(Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "wine"))), "wine is not installed");
        Path calls = folder.resolve("windows-calls.txt");
        Map<String, Path> jdks = new LinkedHashMap<>();
        for (String version : List.of("25.0.1", "17.0.9", "1.8.0_392")) {
            Path jdk = Files.createDirectories(folder.resolve("Program Files (x86)/jdk " + version + "/bin")).getParent();
            Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\r\n");
            Files.writeString(jdk.resolve("bin/java.cmd"), "@echo %*>> " + windows(calls) + "\r\n@exit /b 7\r\n");
            jdks.put(version, jdk);
        }
        String launcher = windows(szilard.home().resolve("bin/szilard.cmd"));
        String lib = windows(szilard.home().resolve("lib"));

        List<String> call = windowsCall(calls, jdks.get("25.0.1"), "", launcher + " --debug run x.yaml");
        assertEquals(7, Integer.parseInt(call.get(0)), "the exit code of java");
        assertTrue(call.get(1).contains("--sun-misc-unsafe-memory-access=allow -XX:+UseParallelGC "), call.get(1));
        assertTrue(call.get(1).contains("-cp \"" + lib + "\\*\" org.szilard.cli.Szilard --debug run x.yaml"),
                call.get(1));
        assertFalse(call.get(1).contains("TieredStopAtLevel"), call.get(1));
        assertTrue(call.get(1).contains(COMPUTING), call.get(1));

        call = windowsCall(calls, jdks.get("17.0.9"), "-XX:+UseG1GC", launcher + " plugins --runtime=modules");
        assertFalse(call.get(1).contains("--sun-misc") || call.get(1).contains("ParallelGC"), call.get(1));
        assertTrue(call.get(1).contains("-XX:TieredStopAtLevel=1 -XX:+UseG1GC"), call.get(1));
        assertTrue(call.get(1).contains("-p \"" + lib + "\" --add-modules ALL-MODULE-PATH -m "
                + "org.szilard.cli/org.szilard.cli.Szilard plugins --runtime=modules"), call.get(1));

        call = windowsCall(calls, jdks.get("1.8.0_392"), "", launcher + " run x.yaml");
        assertEquals(List.of("1"), call, "refused before java runs");
    }

    /** The path as wine's cmd sees it (drive Z: is the root). */
    private static String windows(Path path) {
        return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
    }

    /** Runs a command line in wine's cmd; returns its exit code and the stand-in java's recorded call, if any. */
    private static List<String> windowsCall(Path calls, Path javaHome, String options, String command)
            throws IOException, InterruptedException {
        Files.deleteIfExists(calls);
        ProcessBuilder builder = new ProcessBuilder("wine", "cmd", "/c", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("WINEDEBUG", "-all");
        builder.environment().put("JAVA_HOME", windows(javaHome));
        builder.environment().put("SZILARD_JAVA_OPTS", options);
        Process process = builder.start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "wine did not finish");
        List<String> outcome = new ArrayList<>(List.of(String.valueOf(process.exitValue())));
        if (Files.exists(calls)) {
            Files.readAllLines(calls).stream().map(String::strip).forEach(outcome::add);
        }
        return outcome;
    }

    /**
     * A stand-in JDK of the version given: its java writes its arguments as a line to the file {@code calls} beside
     * bin/, and does what the launcher expects of each AOT mode (writes the configuration, the cache).
     */
    private static Path standInJdk(String name, String version) throws IOException {
        Path jdk = folder.resolve(name);
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(jdk.resolve("bin/java"), """
                #!/bin/sh
                echo "$*" >> "$(dirname "$0")/../calls"
                for a in "$@"; do
                  case "$a" in
                    -XX:AOTConfiguration=*) configuration="${a#*=}" ;;
                    -XX:AOTCache=*) cache="${a#*=}" ;;
                    -XX:AOTMode=*) mode="${a#*=}" ;;
                  esac
                done
                case "$mode" in
                  record) echo recorded > "$configuration" ;;
                  create) echo assembled > "$cache" ;;
                esac
                """);
        assertTrue(java.toFile().setExecutable(true));
        return jdk;
    }

    @Test
    void aJdkFrom25OnBesideTheTestsOneRunsCleanlyWithItsAheadOfTimeCache() throws Exception {
        Path newer = jdksBesideThisOne().filter(jdk -> majorVersion(jdk) >= 25).findFirst().orElse(null);
        assumeTrue(newer != null, "no JDK 25 or later installed beside " + System.getProperty("java.home"));
        Path cache = folder.resolve("cache-of-a-real-25");
        Map<String, String> environment = Map.of("JAVA_HOME", newer.toString(), "XDG_CACHE_HOME", cache.toString());
        String example = szilard.home().resolve("examples/spin-otto.yaml").toString();
        Outcome first = szilard.szilard(environment, "run", example, "--json");
        assertEquals(0, first.exitCode(), first.stderr());
        assertEquals("", first.stderr(), "the recording run and the assembly are quiet");
        assertEquals(1, archivesIn(cache).size(), archivesIn(cache).toString());
        Outcome second = szilard.szilard(environment, "run", example, "--json");
        assertEquals("", second.stderr(), "Felix's use of sun.misc.Unsafe must not warn");
        assertEquals(first.resultsWithoutWallTime(), second.resultsWithoutWallTime());
    }

    /** The JDKs in the folder that holds the one running the tests (e.g. /usr/lib/jvm), by name. */
    private static Stream<Path> jdksBesideThisOne() throws IOException {
        Path parent = Path.of(System.getProperty("java.home")).toRealPath().getParent();
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> Files.isRegularFile(jdk.resolve("release"))).sorted().toList().stream();
        }
    }

    /** The major version in a JDK's release file (0 if it names none). */
    private static int majorVersion(Path jdk) {
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(jdk.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    /** The files in the szilard folder of a cache (none if it does not exist). */
    private static List<Path> archivesIn(Path cache) throws IOException {
        Path own = cache.resolve("szilard");
        if (Files.notExists(own)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(own)) {
            return files.toList();
        }
    }

    @Test
    void pluginsListsEveryTypeWithItsPluginAndVersionInBothRuntimes() throws Exception {
        Map<String, Outcome> outcomes = szilard.inEachRuntime("plugins");
        Outcome osgi = outcomes.get("osgi");
        Outcome modules = outcomes.get("modules");
        assertEquals(0, osgi.exitCode(), osgi.stderr());
        assertEquals("", osgi.stderr());
        assertEquals(osgi, modules);
        for (String[] typeAndPlugin : new String[][] {{"spin", "spin"}, {"spin-chain", "spin"},
                {"oscillator", "oscillators"}, {"quantum-dot", "dots"}, {"matrix", "matrix"},
                {"bosonic", "reservoirs"}, {"fermionic", "reservoirs"}, {"hold", "protocols"}, {"ramp", "protocols"},
                {"otto", "protocols"}, {"carnot", "protocols"}, {"landauer", "protocols"},
                {"counterdiabatic", "protocols"}, {"steady", "protocols"}, {"lindblad", "solvers"},
                {"exponential", "solvers"}, {"unitary", "solvers"}, {"energetics", "analyzers"},
                {"entropy", "analyzers"}}) {
            String line = "  " + typeAndPlugin[0] + " +org\\.szilard\\.plugin\\." + typeAndPlugin[1] + " +\\S+ +\\S.*";
            assertTrue(osgi.stdout().lines().anyMatch(l -> l.matches(line)),
                    typeAndPlugin[0] + " missing from:\n" + osgi.stdout());
        }
    }

    @Test
    void describeIsTheSameInBothRuntimes() throws Exception {
        Outcome osgi = szilard.szilard("describe", "otto");
        Outcome modules = szilard.szilard("describe", "otto", "--runtime", "modules");
        assertEquals(0, osgi.exitCode(), osgi.stderr());
        assertTrue(osgi.stdout().contains("`otto` (protocol)"), osgi.stdout());
        assertEquals(osgi, modules);
    }

    @Test
    void badScenarioExitsWithTwoAndKeepsStdoutEmpty() throws Exception {
        Path bad = folder.resolve("bad.yaml");
        Files.writeString(bad, "substance: { type: spin }\nprotocol: { type: hold, control: 1, duration: -1 }\n");
        Outcome outcome = szilard.szilard("run", bad.toString(), "--json");
        assertEquals(2, outcome.exitCode());
        assertEquals("", outcome.stdout());
        assertTrue(outcome.stderr().contains(":2:") && outcome.stderr().contains("protocol.duration"), outcome.stderr());
        assertFalse(outcome.stderr().contains("\tat "), "stack trace on stderr:\n" + outcome.stderr());
    }

    @Test
    void unknownRuntimeIsAUsageError() throws Exception {
        Outcome outcome = szilard.szilard("plugins", "--runtime", "spring");
        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.stderr().contains("--runtime"), outcome.stderr());

        // started from the class path without the launcher, Szilard cannot make plugin modules read its own
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process direct = new ProcessBuilder(java.toString(), "-Dszilard.plugins=" + szilard.plugins(), "-cp",
                szilard.home().resolve("lib") + "/*", "org.szilard.cli.Szilard", "plugins", "--runtime", "modules")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(direct.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, direct.waitFor(), stderr);
        assertTrue(stderr.contains("--runtime modules loads the plugins as modules beside Szilard's own, but "
                + "Szilard was started from the class path: start it with its launcher"), stderr);
    }

    @Test
    void layoutHasTheLauncherTheKernelThePluginsTheExamplesAndTheDocs() throws IOException {
        Path home = szilard.home();
        assertTrue(Files.isExecutable(home.resolve("bin/szilard")));
        assertTrue(Files.isRegularFile(home.resolve("bin/szilard.cmd")));
        assertTrue(Files.isRegularFile(home.resolve("docs/plugins.md")));
        assertTrue(Files.isRegularFile(home.resolve("docs/README.md")));
        assertTrue(Files.isRegularFile(home.resolve("examples/plugin-lambda/pom.xml")));
        assertEquals(List.of("org.szilard.api", "org.szilard.cli", "org.szilard.kernel", "org.szilard.osgi"),
                szilardModules(home.resolve("lib")));
        assertEquals(List.of("org.szilard.plugin.analyzers", "org.szilard.plugin.dots", "org.szilard.plugin.matrix",
                "org.szilard.plugin.oscillators", "org.szilard.plugin.protocols", "org.szilard.plugin.reservoirs",
                "org.szilard.plugin.solvers", "org.szilard.plugin.spin"), szilardModules(szilard.plugins()));
    }

    /** The module names of the Szilard jars of a folder, each checked to equal the jar's bundle symbolic name. */
    private static List<String> szilardModules(Path folder) throws IOException {
        try (Stream<Path> jars = Files.list(folder)) {
            List<Path> ours = jars.filter(j -> j.getFileName().toString().startsWith("szilard-")).sorted().toList();
            for (Path jar : ours) {
                String module = ModuleFinder.of(jar).findAll().iterator().next().descriptor().name();
                try (JarFile file = new JarFile(jar.toFile())) {
                    assertEquals(module, file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"),
                            jar.toString());
                }
            }
            return ours.stream().map(j -> ModuleFinder.of(j).findAll().iterator().next().descriptor().name())
                    .sorted().toList();
        }
    }
}
