package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.szilard.kernel.engine.RunResult;

/**
 * End to end: a substance prepared in the Gibbs state of a bath it is coupled to (global form) stays there. No heat
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
        assertStationary(result);
    }

    /**
     * Every substance under a global bath (or a lead at mu = 0, whose grand-canonical state is then the Gibbs
     * state), attached through its default coupling or at one site.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "4-site XXZ chain, bath at site 1; { type: spin-chain, sites: 4, jx: 1, jy: 1, jz: 0.5 }; "
            + "{ type: bosonic, temperature: 0.8, site: 1 }",
        "3-site XYZ chain, default coupling; { type: spin-chain, sites: 3, jx: 0.3, jy: 0.7, jz: -0.4 }; "
            + "{ type: bosonic, temperature: 1.5 }",
        "spin-1 chain; { type: spin-chain, sites: 2, spin: 1, jx: 1, jy: 1, jz: 1 }; { type: bosonic, temperature: 1.1 }",
        "oscillator, number model; { type: oscillator, levels: 12 }; { type: bosonic, temperature: 0.6 }",
        "oscillator, parametric model; { type: oscillator, levels: 12, model: parametric, referenceFrequency: 0.8 }; "
            + "{ type: bosonic, temperature: 0.6, spectrum: ohmic, cutoff: 3 }",
        "double dot, bosonic; { type: quantum-dot, dots: 2, tunneling: 0.4, interaction: 1.0 }; "
            + "{ type: bosonic, temperature: 0.7 }",
        "double dot, lead at site 1; { type: quantum-dot, dots: 2, tunneling: 0.4, interaction: 1.0 }; "
            + "{ type: fermionic, temperature: 0.7, site: 1 }",
        "single dot, lead; { type: quantum-dot }; { type: fermionic, temperature: 0.3 }",
        "matrix model; { type: matrix, h0: [[0, 0.2, 0], [0.2, 1, [0, 0.3]], [0, [0, -0.3], 2.5]], "
            + "h1: [[1, 0, 0], [0, 0, 0], [0, 0, -1]], coupling: [[0, 1, 0], [1, 0, 1], [0, 1, 0]] }; "
            + "{ type: bosonic, temperature: 0.9 }"})
    void everySubstanceRestsInItsGibbsState(String name, String substance, String bath) {
        RunResult result = Runs.runYaml(folder, "gibbs", """
                substance: %s
                reservoirs:
                  bath: %s
                protocol: { type: hold, control: 0.7, duration: 4.0 }
                initial: { type: thermal }
                solver: { type: lindblad, tolerance: 1.0e-11 }
                analyzers: [energetics, entropy]
                """.formatted(substance, bath));
        assertStationary(result);
    }

    private static void assertStationary(RunResult result) {
        assertEquals(0.0, Runs.heat(result, "bath"), 1e-10);
        assertEquals(Runs.number(result, "entropy", "initial"), Runs.number(result, "entropy", "final"), 1e-10);
        assertEquals(0.0, Runs.number(result, "entropy", "production"), 1e-10);
    }
}
