package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.szilard.kernel.engine.RunResult;

/**
 * End to end: a spin prepared in the Gibbs state of a bath it is coupled to (global form) stays there. No heat
 * flows, the entropy does not change and nothing is produced; with a transverse field the Gibbs state is not
 * diagonal in the S_z basis, which exercises the eigenbasis construction of the Davies dissipator.
 */
class GibbsFixedPointTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "spin {0}, transverse {1}, T = {2}")
    @CsvSource({"0.5, 0.0, 0.7", "0.5, 0.8, 0.7", "1.0, 0.0, 1.3", "1.0, 0.5, 1.3", "1.5, 0.0, 2.0", "1.5, 1.2, 0.4"})
    void gibbsStateIsStationary(double spin, double transverse, double temperature) {
        RunResult result = Runs.runYaml(folder, "gibbs", """
                substance: { type: spin, spin: %s, transverse: %s }
                reservoirs:
                  bath: { type: bosonic, temperature: %s, coupling: 0.9 }
                protocol: { type: hold, control: 1.1, duration: 5.0 }
                initial: { type: thermal, temperature: %s }
                solver: { type: lindblad, tolerance: 1.0e-11 }
                analyzers: [energetics, entropy]
                """.formatted(spin, transverse, temperature, temperature));
        assertEquals(0.0, Runs.heat(result, "bath"), 1e-10);
        assertEquals(Runs.number(result, "entropy", "initial"), Runs.number(result, "entropy", "final"), 1e-10);
        assertEquals(0.0, Runs.number(result, "entropy", "production"), 1e-10);
    }
}
