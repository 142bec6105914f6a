package org.szilard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.szilard.api.solver.SolverException;
import org.szilard.cli.output.JsonResultWriter;
import org.szilard.cli.testing.FakePlugins;
import org.szilard.cli.testing.SampleResults;
import org.szilard.kernel.engine.NumericalCheckException;
import org.szilard.kernel.engine.Simulation;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.ConfigurationException;
import org.szilard.kernel.scenario.ScenarioSpec;

class SzilardTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path directory;

    private static CommandOutcome execute(Installation installation, String... args) {
        return CommandOutcome.execute(installation, args);
    }

    private static Installation simulating(Simulation simulation) {
        return simulating(FakePlugins.registry(), simulation);
    }

    private static Installation simulating(PluginRegistry registry, Simulation simulation) {
        return new Installation(registry, spec -> simulation);
    }

    private static Installation succeeding() {
        return simulating(progress -> SampleResults.otto());
    }

    private Path scenario(String text) throws IOException {
        return Files.writeString(directory.resolve("otto.yaml"), text);
    }

    private Path validScenario() throws IOException {
        return scenario(FakePlugins.OTTO);
    }

    @Test
    void anInvalidScenarioExitsWith2AndAMessageOnStandardErrorOnly() throws IOException {
        Path file = scenario(FakePlugins.OTTO.replace("temperature: 4.0", "temperature: -1.0"));
        CommandOutcome outcome = execute(succeeding(), "run", file.toString(), "--json");
        assertEquals(2, outcome.code());
        assertEquals("", outcome.out());
        assertEquals("szilard: error: " + file + ":6:39: reservoirs.hot.temperature: expected real >= 0, unit energy, "
                + "got -1.0" + NL, outcome.err());
    }

    @Test
    void aMissingFileExitsWith2() {
        Path missing = directory.resolve("nowhere.yaml");
        CommandOutcome outcome = execute(succeeding(), "run", missing.toString());
        assertEquals(2, outcome.code());
        assertEquals("", outcome.out());
        assertEquals("szilard: error: " + missing + ": no such file" + NL, outcome.err());
    }

    @Test
    void aRunPrintsASummaryAndHandsTheValidatedSpecToTheSimulation() throws IOException {
        AtomicReference<ScenarioSpec> seen = new AtomicReference<>();
        Installation installation = new Installation(FakePlugins.registry(), spec -> {
            seen.set(spec);
            return progress -> SampleResults.otto();
        });
        CommandOutcome outcome = execute(installation, "run", validScenario().toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertEquals("fake-otto", seen.get().name());
        assertTrue(outcome.out().startsWith("fake-otto" + NL + "  cycles "), outcome.out());
        assertTrue(outcome.out().contains("    cold            -0.25"), outcome.out());
        assertEquals("", outcome.err());
    }

    @Test
    void jsonPutsExactlyOneDocumentOnStandardOutputAndWarningsAlsoOnStandardError() throws IOException {
        CommandOutcome outcome = execute(succeeding(), "run", validScenario().toString(), "--json");
        assertEquals(0, outcome.code(), outcome.err());
        assertEquals(JsonResultWriter.toJson(SampleResults.otto(), VersionProvider.version()),
                outcome.out());
        assertEquals("szilard: warning: first law residual above 1e-14" + NL
                + "szilard: warning: the limit cycle was reached after 27 cycles" + NL, outcome.err());
    }

    @Test
    void outWritesTheSameDocumentIntoTheDirectory() throws IOException {
        Path out = directory.resolve("results/otto");
        CommandOutcome outcome = execute(succeeding(), "run", validScenario().toString(), "--json", "--out", out.toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertEquals(outcome.out(), Files.readString(out.resolve("result.json")));
        assertTrue(outcome.err().startsWith("szilard: results written to " + out.resolve("result.json") + NL),
                outcome.err());
    }

    @Test
    void outNamingAFileIsAUsageError() throws IOException {
        Path taken = Files.writeString(directory.resolve("taken"), "x");
        CommandOutcome outcome = execute(succeeding(), "run", validScenario().toString(), "--out", taken.toString());
        assertEquals(2, outcome.code());
        assertEquals("", outcome.out());
        assertTrue(outcome.err().startsWith("szilard: error: --out " + taken + ": exists and is not a directory" + NL),
                outcome.err());
    }

    @Test
    void solverAndNumericalFailuresExitWith3() throws IOException {
        Path file = validScenario();
        CommandOutcome solver = execute(simulating(progress -> {
            throw new SolverException("step size underflow at t = 3");
        }), "run", file.toString());
        assertEquals(3, solver.code());
        assertEquals("", solver.out());
        assertEquals("szilard: error: the solver failed: step size underflow at t = 3" + NL, solver.err());
        CommandOutcome check = execute(simulating(progress -> {
            throw new NumericalCheckException("trace of rho drifted by 1e-6");
        }), "run", file.toString(), "--json");
        assertEquals(3, check.code());
        assertEquals("", check.out());
        assertEquals("szilard: error: a numerical check failed: trace of rho drifted by 1e-6" + NL, check.err());
    }

    @Test
    void aPluginsObjectionIsPlacedInTheFile() throws IOException {
        Path file = validScenario();
        Installation installation = new Installation(FakePlugins.registry(), spec -> {
            throw new ConfigurationException("reservoirs.cold", "", "the protocol never attaches it");
        });
        CommandOutcome outcome = execute(installation, "run", file.toString());
        assertEquals(2, outcome.code());
        assertEquals("szilard: error: " + file + ":7:3: reservoirs.cold: the protocol never attaches it" + NL,
                outcome.err());
    }

    @Test
    void anythingElseExitsWith1AndShowsTheStackTraceOnlyWithDebug() throws IOException {
        Path file = validScenario();
        Installation failing = simulating(progress -> {
            throw new IllegalStateException("boom");
        });
        CommandOutcome plain = execute(failing, "run", file.toString());
        assertEquals(1, plain.code());
        assertEquals("szilard: error: IllegalStateException: boom" + NL
                + "szilard: run again with --debug to see the stack trace" + NL, plain.err());
        CommandOutcome debug = execute(failing, "run", file.toString(), "--debug");
        assertEquals(1, debug.code());
        assertTrue(debug.err().startsWith("szilard: error: IllegalStateException: boom" + NL
                + "java.lang.IllegalStateException: boom"), debug.err());
        assertTrue(debug.err().contains("\tat "), debug.err());
        assertEquals(1, execute(failing, "--debug", "run", file.toString()).code());
    }

    @Test
    void usageErrorsExitWith2() {
        CommandOutcome unknown = execute(succeeding(), "run", "x.yaml", "--jsn");
        assertEquals(2, unknown.code());
        assertEquals("", unknown.out());
        assertTrue(unknown.err().startsWith("szilard: error: Unknown option: '--jsn'"), unknown.err());
        assertTrue(unknown.err().contains("Try 'szilard run --help' for more information."), unknown.err());
        assertEquals(2, execute(succeeding(), "run").code());
        CommandOutcome nothing = execute(succeeding());
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().startsWith("szilard: error: missing command"), nothing.err());
    }

    @Test
    void helpExplainsOptionsExitCodesAndExamples() {
        CommandOutcome top = execute(succeeding(), "--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("Simulates quantum thermodynamic machines"), top.out());
        assertTrue(top.out().contains("plugins"), top.out());
        CommandOutcome run = execute(succeeding(), "run", "--help");
        assertEquals(0, run.code());
        for (String expected : new String[] {"FILE", "--json", "--out=DIR", "timeseries.csv", "Exit codes:",
            "  3   the solver could not meet its tolerance", "szilard run examples/spin-otto.yaml --json"}) {
            assertTrue(run.out().contains(expected), expected + " in " + run.out());
        }
    }

    @Test
    void aCommandLineNamingOneSubcommandGetsOnlyThatOneWhichBehavesAsAmongAll() throws IOException {
        String file = validScenario().toString();
        CommandLine all = Szilard.commandLine(runtime -> succeeding());
        assertEquals(List.of("run", "sweep", "plugins", "describe", "help"), List.copyOf(all.getSubcommands().keySet()));
        assertEquals(all.getSubcommands().keySet(), Szilard.commandLine(runtime -> succeeding(), "help", "run")
                .getSubcommands().keySet());
        assertEquals(all.getSubcommands().keySet(), Szilard.commandLine(runtime -> succeeding(), "--debug", "run")
                .getSubcommands().keySet());
        for (String[] args : new String[][] {{"run", file, "--json"}, {"sweep", file, "--set", "x=1:2:2"},
            {"plugins"}, {"describe", "otto"}}) {
            CommandLine alone = Szilard.commandLine(runtime -> succeeding(), args);
            assertEquals(List.of(args[0]), List.copyOf(alone.getSubcommands().keySet()));
            CommandLine amongAll = all.getSubcommands().get(args[0]);
            CommandLine single = alone.getSubcommands().get(args[0]);
            assertEquals(amongAll.getUsageMessage(), single.getUsageMessage());
            assertEquals(amongAll.isCaseInsensitiveEnumValuesAllowed(), single.isCaseInsensitiveEnumValuesAllowed());
            assertEquals(amongAll.getExecutionExceptionHandler().getClass(),
                    single.getExecutionExceptionHandler().getClass());
            assertEquals(amongAll.getParameterExceptionHandler().getClass(),
                    single.getParameterExceptionHandler().getClass());
        }
        CommandOutcome misspelt = execute(succeeding(), "rnu", file);
        assertEquals(2, misspelt.code());
        assertTrue(misspelt.err().startsWith("szilard: error: Unmatched arguments from index 0: 'rnu'"),
                misspelt.err());
    }

    @Test
    void osgiRuntimeOutsideAnInstallationIsAUsageError() {
        CommandOutcome outcome = execute(succeeding(), "plugins", "--runtime", "osgi");
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().startsWith("szilard: error: --runtime osgi loads the plugins folder of an "
                + "installation"), outcome.err());
        assertEquals(0, execute(succeeding(), "plugins", "--runtime", "MODULES").code());
    }

    @Test
    void versionComesFromTheBuild() {
        CommandOutcome version = execute(succeeding(), "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("szilard " + VersionProvider.version() + NL), version.out());
        assertFalse(VersionProvider.version().contains("$"), VersionProvider.version());
    }

    @Test
    void pluginsListsEveryFamilyAndReportsRegistryProblems() {
        CommandOutcome outcome = execute(simulating(FakePlugins.registryWithConflict(), progress -> SampleResults.otto()),
                "plugins");
        assertEquals(0, outcome.code());
        assertTrue(outcome.out().matches("(?s)  TYPE +PLUGIN +VERSION +DESCRIPTION" + NL + NL + "substances" + NL
                + "  matrix +test-classes +fake matrix" + NL + "  spin +test-classes +fake spin" + NL + ".*"),
                outcome.out());
        assertTrue(outcome.out().matches("(?s).*analyzers" + NL + "  energetics +test-classes +fake energetics" + NL
                + ".*"), outcome.out());
        assertTrue(outcome.out().contains("initial states (built in)" + NL + "  thermal, ground"), outcome.out());
        assertTrue(outcome.err().startsWith("szilard: warning: the substance type 'spin' is provided by both "),
                outcome.err());
        CommandOutcome empty = execute(simulating(PluginRegistry.of(List.of()), progress -> null), "plugins");
        assertTrue(empty.out().contains("substances" + NL + "  (none installed)" + NL), empty.out());
    }

    @Test
    void registryProblemsAreWarnedAboutBeforeARun() throws IOException {
        CommandOutcome outcome = execute(simulating(FakePlugins.registryWithConflict(), progress -> SampleResults.otto()),
                "run", validScenario().toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.err().startsWith("szilard: warning: the substance type 'spin' is provided by both "),
                outcome.err());
    }
}
