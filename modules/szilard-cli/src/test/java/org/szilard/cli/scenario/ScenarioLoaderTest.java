package org.szilard.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.ParameterValues;
import org.szilard.cli.testing.FakePlugins;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.PluginBlock;
import org.szilard.kernel.scenario.ScenarioSpec;

class ScenarioLoaderTest {

    private static final String MATRIX_SUBSTANCE = "substance: { type: matrix, h1: [[1, 0], [0, -1]], h0: ";

    @TempDir
    Path directory;

    private static List<String> ottoLines() {
        return new ArrayList<>(Arrays.asList(FakePlugins.OTTO.split("\n")));
    }

    /** The example scenario with line {@code number} (from 1) replaced; null removes the line. */
    private static String otto(int number, String replacement) {
        List<String> lines = ottoLines();
        if (replacement == null) {
            lines.remove(number - 1);
        } else {
            lines.set(number - 1, replacement);
        }
        return String.join("\n", lines) + "\n";
    }

    private static String ottoPlus(String... extra) {
        List<String> lines = ottoLines();
        lines.addAll(Arrays.asList(extra));
        return String.join("\n", lines) + "\n";
    }

    private static ScenarioSpec load(String text) {
        return load(FakePlugins.registry(), text);
    }

    private static ScenarioSpec load(PluginRegistry registry, String text) {
        return new ScenarioLoader(registry).load("s.yaml", text, false, "s").spec();
    }

    private static String error(String text) {
        return error(FakePlugins.registry(), text);
    }

    private static String error(PluginRegistry registry, String text) {
        return assertThrows(ScenarioException.class, () -> load(registry, text)).getMessage();
    }

    @Test
    void aValidScenarioBecomesASpecWithDefaultsFilledIn() {
        ScenarioSpec spec = load(FakePlugins.OTTO);
        assertEquals("fake-otto", spec.name());
        assertEquals("spin", spec.substance().type());
        assertEquals("substance", spec.substance().path());
        assertEquals(0.5, spec.substance().parameters().get("spin"));
        assertEquals(0.0, spec.substance().parameters().get("transverse"), "a defaulted real is a Double");
        assertEquals(List.of("hot", "cold"), List.copyOf(spec.reservoirs().keySet()));
        PluginBlock hot = spec.reservoirs().get("hot");
        assertEquals("reservoirs.hot", hot.path());
        assertEquals(1.0, hot.parameters().get("coupling"), "an integer given for a real is a Double");
        assertEquals("flat", hot.parameters().get("spectrum"));
        assertTrue(!hot.parameters().has("operator"), "an optional parameter without default stays absent");
        assertEquals(1.0, spec.reservoirs().get("cold").parameters().get("temperature"));
        ParameterValues control = spec.protocol().parameters().group("control");
        assertEquals(4.0, control.get("hot"));
        assertEquals(200L, spec.protocol().parameters().get("maxCycles"), "integers are Long");
        assertEquals("lindblad", spec.solver().type(), "the default solver");
        assertEquals(1e-10, spec.solver().parameters().real("tolerance"));
        assertEquals(List.of("energetics", "entanglement"), spec.analyzers().stream().map(PluginBlock::type).toList());
        assertEquals("analyzers[1]", spec.analyzers().get(1).path());
        assertEquals(2L, spec.analyzers().get(1).parameters().get("split"));
        assertTrue(spec.initial().isEmpty());
        assertEquals(2000, spec.samples());
    }

    @Test
    void anUnknownTypeNamesTheInstalledTypes() {
        assertEquals("s.yaml:3:9: substance.type: unknown substance type 'spinn'; installed: matrix, spin",
                error(otto(3, "  type: spinn")));
        assertEquals("s.yaml:6:17: reservoirs.hot.type: unknown reservoir type 'bosonic'; none installed",
                error(FakePlugins.registryWithout(PluginKind.RESERVOIR), FakePlugins.OTTO));
        assertEquals("s.yaml:12:13: analyzers[0]: unknown analyzer type 'energetic'; installed: energetics, "
                + "entanglement, entropy", error(otto(12, "analyzers: [energetic]")));
        assertEquals("s.yaml:2:1: substance.type: missing required key; installed substance types: matrix, spin",
                error(otto(3, null)));
        assertEquals("s.yaml:1:12: substance: expected a block with a 'type' key, got 'spin'",
                error("substance: spin\n"));
    }

    @Test
    void aMissingKeyOrBlockIsReportedAtItsBlock() {
        assertEquals("s.yaml:2:1: substance.spin: missing required key; expected real > 0 (spin quantum number j)",
                error(otto(4, null)));
        String noProtocol = String.join("\n", ottoLines().subList(0, 7)) + "\n";
        assertEquals("s.yaml:1:1: protocol: missing required block; installed protocol types: hold, otto",
                error(noProtocol));
        assertEquals("s.yaml:10:3: protocol.control.cold: missing required key; expected real (on the cold isochore)",
                error(otto(10, "  control: { hot: 4 }")));
    }

    @Test
    void anUnknownKeyNamesTheValidKeys() {
        assertEquals("s.yaml:4:3: substance.spim: unknown key; valid keys: type, spin, transverse",
                error(otto(4, "  spim: 0.5")));
        assertEquals("s.yaml:13:1: solvr: unknown key; valid keys: name, substance, reservoirs, protocol, initial, "
                + "solver, analyzers, output", error(ottoPlus("solvr: { type: lindblad }")));
        assertEquals("s.yaml:10:22: protocol.control.cld: unknown key; valid keys: hot, cold",
                error(otto(10, "  control: { hot: 4, cld: 2.0 }")));
        assertEquals("s.yaml:13:26: initial.temperature: unknown key; valid keys: type",
                error(ottoPlus("initial: { type: ground, temperature: 1 }")));
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasExpected() {
        assertEquals("s.yaml:4:9: substance.spin: expected real > 0, got 'half'", error(otto(4, "  spin: half")));
        assertEquals("s.yaml:12:14: protocol.maxCycles: expected integer >= 1, got 1.5",
                error(otto(12, "  maxCycles: 1.5")));
        assertEquals("s.yaml:7:52: reservoirs.cold.spectrum: expected choice (one of flat, ohmic), got 'ohm'",
                error(otto(7, "  cold: { type: bosonic, temperature: 1, spectrum: ohm }")));
        assertEquals("s.yaml:7:52: reservoirs.cold.operator: expected text, got 5",
                error(otto(7, "  cold: { type: bosonic, temperature: 1, operator: 5 }")));
        assertEquals("s.yaml:10:12: protocol.control: expected a block with the keys hot, cold, got 4",
                error(otto(10, "  control: 4")));
        assertEquals("s.yaml:12:15: protocol.levels[1]: expected list of reals >= 0, got -2",
                error(otto(12, "  levels: [1, -2]")));
        assertEquals("s.yaml:1:7: name: expected a name (text), got 5", error(otto(1, "name: 5")));
    }

    @Test
    void numbersOutOfRangeAreRejectedWithTheRange() {
        assertEquals("s.yaml:6:39: reservoirs.hot.temperature: expected real >= 0, unit energy, got -1.0",
                error(otto(6, "  hot:  { type: bosonic, temperature: -1.0, coupling: 1 }")));
        assertEquals("s.yaml:6:54: reservoirs.hot.coupling: expected real > 0, unit rate, got 0",
                error(otto(6, "  hot:  { type: bosonic, temperature: 1.0, coupling: 0 }")));
        assertEquals("s.yaml:6:39: reservoirs.hot.temperature: expected real >= 0, unit energy, got .nan",
                error(otto(6, "  hot:  { type: bosonic, temperature: .nan }")));
        assertEquals("s.yaml:13:20: output.samples: expected integer [2, 10000000], got 1",
                error(ottoPlus("output: { samples: 1 }")));
        assertEquals(500, load(ottoPlus("output: { samples: 500 }")).samples());
    }

    @Test
    void aDuplicateKeyIsAnError() {
        assertEquals("s.yaml:5:3: substance.spin: duplicate key; first given at line 4, column 3",
                error(otto(4, "  spin: 0.5\n  spin: 1.5")));
    }

    @Test
    void matricesMustBeSquareAndRegular() {
        String h0Path = "substance.h0";
        assertEquals("s.yaml:1:51: " + h0Path + ": expected square matrix (rows of numbers or [re, im] pairs), "
                + "got 2 rows of 3 entries", error(MATRIX_SUBSTANCE + "[[1, 2, 3], [4, 5, 6]] }\n"));
        assertEquals("s.yaml:1:64: " + h0Path + "[1]: expected a row of 2 entries like the first row, got 1",
                error(MATRIX_SUBSTANCE + "[[1, 2], [3]] }\n"));
        assertEquals("s.yaml:1:60: " + h0Path + "[0][1]: expected a number or an [re, im] pair of numbers, got 'x'",
                error(MATRIX_SUBSTANCE + "[[1, x], [0, 1]] }\n"));
        assertEquals("s.yaml:1:56: " + h0Path + "[0]: expected a row: a list of numbers or [re, im] pairs, got 1",
                error(MATRIX_SUBSTANCE + "[1, 2] }\n"));
        assertEquals("s.yaml:1:51: " + h0Path + ": expected square matrix (rows of numbers or [re, im] pairs), "
                + "got an empty list", error(MATRIX_SUBSTANCE + "[] }\n"));
    }

    @Test
    void complexMatricesAndVectorsAreRead() {
        String text = otto(2, "substance: { type: matrix, h0: [[1, [0, -1]], [[0, 1], -1]], h1: [[1, 0], [0, 1]],"
                + " operators: [x, z] }").replace("  type: spin\n  spin: 0.5\n", "")
                + "initial: { type: pure, vector: [1, [0, 1]] }\n";
        ScenarioSpec spec = load(text);
        Operator h0 = spec.substance().parameters().matrix("h0");
        assertEquals(2, h0.dimension());
        assertEquals(-1.0, h0.im(0, 1));
        assertEquals(1.0, h0.im(1, 0));
        assertEquals(-1.0, h0.re(1, 1));
        assertEquals(List.of("x", "z"), spec.substance().parameters().names("operators"));
        assertEquals(Boolean.TRUE, spec.substance().parameters().get("check"));
        assertArrayEquals(new double[] {1, 0, 0, 1}, spec.initial().orElseThrow().parameters().vector("vector"));
        assertEquals("initial", spec.initial().orElseThrow().path());
    }

    @Test
    void listsAndFlagsAreChecked() {
        String base = "substance: { type: matrix, h0: [[1]], h1: [[1]], ";
        assertEquals("s.yaml:1:65: substance.operators[1]: expected list of names, got 5",
                error(base + "operators: [x, 5] }\n"));
        assertEquals("s.yaml:1:57: substance.check: expected boolean, got 1", error(base + "check: 1 }\n"));
    }

    @Test
    void initialStatesAreCheckedAgainstTheBuiltInTypes() {
        assertEquals("s.yaml:13:18: initial.type: unknown initial state type 'hot'; known: thermal, ground, "
                + "maximally-mixed, basis, pure, matrix", error(ottoPlus("initial: { type: hot }")));
        assertEquals("s.yaml:13:40: initial.temperature: expected real >= 0, unit energy, got -1",
                error(ottoPlus("initial: { type: thermal, temperature: -1 }")));
        assertEquals("s.yaml:13:24: initial.vector: expected vector of numbers or [re, im] pairs, got an empty list",
                error(ottoPlus("initial: { type: pure, vector: [] }")));
    }

    @Test
    void analyzersAreNamesOrBlocksAndAppearOnce() {
        assertEquals("s.yaml:12:25: analyzers[1]: the energetics analyzer is already asked for at analyzers[0]; "
                + "each analyzer may appear once", error(otto(12, "analyzers: [energetics, { type: energetics }]")));
        assertEquals("s.yaml:12:13: analyzers[0]: expected a type name or a block with a 'type' key (installed "
                + "analyzer types: energetics, entanglement, entropy), got 5", error(otto(12, "analyzers: [5]")));
        assertEquals("s.yaml:12:12: analyzers: expected a list of analyzer types or analyzer blocks, got 'energetics'",
                error(otto(12, "analyzers: energetics")));
        assertEquals("s.yaml:12:54: analyzers[1].split: expected integer >= 1, got 0",
                error(otto(12, "analyzers: [energetics, { type: entanglement, split: 0 }]")));
    }

    @Test
    void withoutASolverBlockTheDefaultMustBeInstalled() {
        assertEquals("s.yaml:1:1: solver: no solver block given and the default solver 'lindblad' is not installed; "
                + "installed solver types: unitary",
                error(FakePlugins.registryWithout(PluginKind.SOLVER, "lindblad"), FakePlugins.OTTO));
        assertEquals("unitary", load(FakePlugins.registryWithout(PluginKind.SOLVER, "lindblad"),
                ottoPlus("solver: { type: unitary }")).solver().type());
    }

    @Test
    void theRootMustBeAMapping() {
        assertEquals("s.yaml:1:1: expected a scenario: a mapping with the keys name, substance, reservoirs, protocol, "
                + "initial, solver, analyzers, output; got a list", error("- a\n"));
    }

    @Test
    void jsonFilesAreValidatedWithJsonLocations() throws IOException {
        Path file = directory.resolve("j.json");
        Files.writeString(file, "{\"substance\": {\"type\": \"spin\", \"spin\": 0.5},\n"
                + " \"reservoirs\": {\"hot\": {\"type\": \"bosonic\", \"temperature\": -1}},\n"
                + " \"protocol\": {\"type\": \"hold\", \"control\": 1, \"duration\": 0}}\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader(FakePlugins.registry()).load(file));
        assertEquals(file + ":2:59: reservoirs.hot.temperature: expected real >= 0, unit energy, got -1",
                e.getMessage());
        assertEquals("reservoirs.hot.temperature", e.path());
        assertEquals(new Location(2, 59), e.location());
    }

    @Test
    void filesAreNamedAsGivenAndTheNameDefaultsToTheFileName() throws IOException {
        Path yaml = directory.resolve("my-engine.yaml");
        Files.writeString(yaml, FakePlugins.OTTO.replace("name: fake-otto\n", ""));
        assertEquals("my-engine", new ScenarioLoader(FakePlugins.registry()).load(yaml).spec().name());
        Path jsonInYaml = directory.resolve("brace.yaml");
        Files.writeString(jsonInYaml, "  {\"protocol\": 1,\n\"protocol\": 2}");
        assertEquals(jsonInYaml + ":2:1: protocol: duplicate key; first given at line 1, column 4",
                assertThrows(ScenarioException.class,
                        () -> new ScenarioLoader(FakePlugins.registry()).load(jsonInYaml)).getMessage());
    }

    @Test
    void aMissingFileOrADirectoryIsReportedWithoutLocation() {
        Path missing = directory.resolve("missing.yaml");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader(FakePlugins.registry()).load(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        assertNull(e.location());
        assertEquals(directory + ": is a directory, not a scenario file", assertThrows(ScenarioException.class,
                () -> new ScenarioLoader(FakePlugins.registry()).load(directory)).getMessage());
    }
}
