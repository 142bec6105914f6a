package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.cli.scenario.ScenarioLoader;
import org.szilard.kernel.engine.ProgressListener;
import org.szilard.kernel.engine.RunResult;
import org.szilard.kernel.engine.SimulationFactory;
import org.szilard.kernel.registry.PluginRegistry;

/** Runs scenario files through the real loader, the discovered plugins and the engine. */
final class Runs {

    /** The repository's examples folder (tests run in modules/szilard-cli). */
    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    private static final PluginRegistry REGISTRY = PluginRegistry.discover();

    private Runs() {
    }

    static RunResult run(Path scenario) {
        var spec = new ScenarioLoader(REGISTRY).load(scenario).spec();
        RunResult result = new SimulationFactory(REGISTRY).create(spec).run(ProgressListener.NONE);
        assertFirstLawCloses(result);
        return result;
    }

    /** Runs a scenario given as YAML text. */
    static RunResult runYaml(Path folder, String name, String yaml) {
        try {
            Path file = folder.resolve(name + ".yaml");
            Files.writeString(file, yaml);
            return run(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A spin-1/2 Otto engine between baths at T = 4 and T = 1 (coupling 0.5), control 4 (hot) and 2 (cold), isochores
     * of 1.5 and 2.5, for comparing solvers.
     */
    static String spinOtto(double transverse, double adiabat, int cycles, String solver, String analyzers) {
        return """
                substance: { type: spin, spin: 0.5, transverse: %s }
                reservoirs:
                  hot:  { type: bosonic, temperature: 4.0, coupling: 0.5 }
                  cold: { type: bosonic, temperature: 1.0, coupling: 0.5 }
                protocol:
                  type: otto
                  control: { hot: 4.0, cold: 2.0 }
                  durations: { hot: 1.5, expansion: %s, cold: 2.5, compression: %s }
                  cycles: %d
                solver: %s
                analyzers: %s
                """.formatted(transverse, adiabat, adiabat, cycles, solver, analyzers);
    }

    static double number(RunResult result, String block, String key) {
        return ((Number) values(result, block).get(key)).doubleValue();
    }

    static double heat(RunResult result, String reservoir) {
        return entry(result, "heat", reservoir);
    }

    /** An entry of a per-reservoir map of the energetics block ("heat", "heatCurrent", "particleCurrent"). */
    static double entry(RunResult result, String map, String reservoir) {
        @SuppressWarnings("unchecked")
        Map<String, Double> values = (Map<String, Double>) values(result, "energetics").get(map);
        assertTrue(values.containsKey(reservoir), map + " has no entry " + reservoir + ": " + values);
        return values.get(reservoir);
    }

    static Map<String, Object> values(RunResult result, String block) {
        ResultBlock b = result.blocks().get(block);
        assertTrue(b != null, "no result block " + block);
        return b.values();
    }

    private static void assertFirstLawCloses(RunResult result) {
        if (result.blocks().containsKey("energetics")) {
            assertEquals(0.0, number(result, "energetics", "firstLawResidual"), 1e-8, "first-law residual");
        }
    }
}
