package org.szilard.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.szilard.kernel.engine.SimulationFactory;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.ConfigurationException;

/** Bad values for the shipped plugins' parameters are reported at their place in the file, with the reason. */
class RealPluginErrorsTest {

    private static final PluginRegistry REGISTRY = PluginRegistry.discover();

    @TempDir
    Path folder;

    private ScenarioException failure(String substance, String reservoir) throws IOException {
        Path file = folder.resolve("bad.yaml");
        Files.writeString(file, """
                substance: %s
                reservoirs:
                  bath: %s
                protocol: { type: hold, control: 1.0, duration: 1.0 }
                """.formatted(substance, reservoir));
        return assertThrows(ScenarioException.class, () -> {
            LoadedScenario loaded = new ScenarioLoader(REGISTRY).load(file);
            try {
                new SimulationFactory(REGISTRY).create(loaded.spec());
            } catch (ConfigurationException e) {
                throw loaded.locate(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "levels 0; { type: oscillator, levels: 0 }; { type: bosonic, temperature: 1 }; bad.yaml:1:; substance.levels",
        "one site; { type: spin-chain, sites: 1 }; { type: bosonic, temperature: 1 }; bad.yaml:1:; substance.sites",
        "non-Hermitian h0; { type: matrix, h0: [[0, 1], [0, 0]], coupling: [[0, 1], [1, 0]] }; "
            + "{ type: bosonic, temperature: 1 }; bad.yaml:1:; substance.h0[0][1]",
        "unknown site; { type: spin-chain, sites: 3, jx: 1 }; { type: bosonic, temperature: 1, site: 5 }; "
            + "bad.yaml:3:; reservoirs.bath.site",
        "negative temperature; { type: spin }; { type: bosonic, temperature: -1 }; bad.yaml:3:; "
            + "reservoirs.bath.temperature",
        "lead without particles; { type: spin }; { type: fermionic, temperature: 1 }; bad.yaml:3:; reservoirs.bath"})
    void badValueIsReportedAtItsKey(String name, String substance, String reservoir, String place, String key)
            throws IOException {
        String message = failure(substance, reservoir).getMessage();
        assertTrue(message.contains(place), message);
        assertTrue(message.contains(key), message);
    }
}
