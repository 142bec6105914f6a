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
        assertTrue(unknown.err().startsWith("szilard: error: Unknown option: '--jsn'" + NL + "Did you mean '--json'?"),
                unknown.err());
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
        assertTrue(top.out().startsWith("Usage: szilard [-hV] [--debug] [COMMAND]" + NL), top.out());
        assertTrue(top.out().contains("Commands:" + NL + "  run        Validates a scenario file, runs it and reports the "
                + "results." + NL + "  sweep      Runs a scenario over a grid"), top.out());
        CommandOutcome run = execute(succeeding(), "run", "--help");
        assertEquals(0, run.code());
        for (String expected : new String[] {"FILE", "--json", "--out=DIR", "timeseries.csv", "Exit codes:",
            "  3   the solver could not meet its tolerance", "szilard run examples/spin-otto.yaml --json"}) {
            assertTrue(run.out().contains(expected), expected + " in " + run.out());
        }
    }

    @Test
    void misspeltCommandsAndOptionsAreNamedWithTheNearestOne() throws IOException {
        String file = validScenario().toString();
        CommandOutcome command = execute(succeeding(), "rnu", file);
        assertEquals(2, command.code());
        assertEquals("szilard: error: Unknown command: 'rnu'; the commands are run, sweep, plugins, describe, help" + NL
                + "Did you mean 'run'?" + NL + "Try 'szilard --help' for more information." + NL, command.err());
        CommandOutcome option = execute(succeeding(), "run", file, "--jsno");
        assertEquals("szilard: error: Unknown option: '--jsno'" + NL + "Did you mean '--json'?" + NL
                + "Try 'szilard run --help' for more information." + NL, option.err());
        CommandOutcome far = execute(succeeding(), "run", file, "--plot");
        assertEquals("szilard: error: Unknown option: '--plot'" + NL + "Try 'szilard run --help' for more information."
                + NL, far.err());
    }

    @Test
    void parametersAndOptionValuesAreChecked() throws IOException {
        String file = validScenario().toString();
        assertUsageError("Missing required parameter: 'FILE'", "run");
        assertUsageError("Unexpected argument 'b' after FILE", "run", file, "b");
        assertUsageError("Missing required parameter for option '--out' (DIR)", "run", file, "--out");
        assertUsageError("Missing required parameter for option '--out' (DIR)", "run", file, "--out", "--json");
        assertUsageError("Option '--json' takes no value, but was given 'yes'", "run", file, "--json=yes");
        assertUsageError("Option '--out' should be given only once", "run", file, "--out", "a", "--out=b");
        assertUsageError("Missing required option: '--set=KEY=FROM:TO:STEPS'", "sweep", file);
        assertUsageError("Invalid value for option '--threads': 'two' is not an integer", "sweep", file, "--set",
                "x=1:2:2", "--threads", "two");
        assertUsageError("Invalid value for option '--runtime': expected one of osgi, modules but was 'felix'",
                "plugins", "--runtime=felix");
        assertUsageError("Unexpected argument 'b': szilard plugins takes no parameters", "plugins", "b");
        assertUsageError("Unknown option: '--runtime'", "--runtime", "modules", "plugins");
        CommandOutcome dashes = execute(succeeding(), "run", "--json", "--", "-named-like-an-option.yaml");
        assertEquals("szilard: error: -named-like-an-option.yaml: no such file" + NL, dashes.err(),
                "after -- everything is a parameter");
    }

    private static void assertUsageError(String message, String... args) {
        CommandOutcome outcome = execute(succeeding(), args);
        assertEquals(2, outcome.code(), outcome.err());
        assertEquals("", outcome.out());
        assertTrue(outcome.err().startsWith("szilard: error: " + message + NL), outcome.err());
    }

    @Test
    void everyCommandExplainsItselfWithHelpOrTheHelpCommandAndAnswersVersion() {
        for (String name : Szilard.commandNames()) {
            CommandOutcome help = execute(succeeding(), name, "--help");
            assertEquals(0, help.code(), help.err());
            assertTrue(help.out().contains("Usage: szilard " + name + " [-hV] [--debug]"), help.out());
            assertEquals(help.out(), execute(succeeding(), "help", name).out());
            assertEquals(help.out(), execute(succeeding(), name, "-h").out());
            CommandOutcome version = execute(succeeding(), name, "-V");
            assertEquals(execute(succeeding(), "--version").out(), version.out());
            for (String line : help.out().split(NL)) {
                assertTrue(line.length() <= 80 || line.startsWith("  szilard "), "wrapped at 80 columns: " + line);
            }
        }
        assertEquals(execute(succeeding(), "--help").out(), execute(succeeding(), "help").out());
        CommandOutcome sweep = execute(succeeding(), "sweep", "--help");
        assertTrue(sweep.out().contains(" --set=KEY=FROM:TO:STEPS" + NL
                + "                     [--set=KEY=FROM:TO:STEPS]... [--threads=N] FILE" + NL), sweep.out());
        assertTrue(sweep.out().contains(NL + "      --quantity=NAME   The result plotted against one parameter"),
                sweep.out());
        assertTrue(execute(succeeding(), "describe", "-h").out().contains(" [TYPE]" + NL), "an optional parameter");
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
