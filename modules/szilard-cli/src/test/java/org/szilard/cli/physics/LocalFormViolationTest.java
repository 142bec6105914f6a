package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.szilard.kernel.engine.RunResult;

/**
 * The local master equation's known failure (Levy and Kosloff, EPL 107, 20004, 2014), shown and not hidden: two
 * spins with different splittings (2 lambda and lambda) and a strong XX coupling, a bath slightly hotter than the
 * other on each. With local baths each site relaxes towards its own bare Gibbs state, and since
 * n_hot(2 lambda) < n_cold(lambda) excitations run from the cold to the hot site: heat flows from cold to hot at
 * zero work, the Spohn entropy production is negative, and the results say so. The global (Davies) form of the
 * same machine conducts heat from hot to cold with positive entropy production and no warning.
 */
class LocalFormViolationTest {

    @TempDir
    Path folder;

    private RunResult run(String form, double coupling, double hot) {
        return Runs.runYaml(folder, "levy-kosloff", """
                substance: { type: spin-chain, sites: 2, jx: %s, jy: %s, fields: [2.0, 1.0] }
                reservoirs:
                  hot:  { type: bosonic, temperature: %s, coupling: 0.1, form: %s, site: 0 }
                  cold: { type: bosonic, temperature: 1.0, coupling: 0.1, form: %s, site: 1 }
                protocol: { type: steady, control: 1.0 }
                analyzers: [energetics, entropy]
                """.formatted(coupling, coupling, hot, form, form));
    }

    @ParameterizedTest(name = "g = {0}, T_hot = {1}")
    @CsvSource({"0.3, 1.1", "1.0, 1.3", "1.0, 1.6"})
    void localFormCarriesHeatFromColdToHotAndIsFlagged(double coupling, double hot) {
        RunResult local = run("local", coupling, hot);
        assertEquals(0.0, Runs.number(local, "energetics", "power"), 1e-15);
        assertTrue(Runs.entry(local, "heatCurrent", "cold") > 0 && Runs.entry(local, "heatCurrent", "hot") < 0);
        assertTrue(Runs.number(local, "entropy", "production") < 0);
        assertTrue(local.warnings().stream().anyMatch(w -> w.contains("second law")), local.warnings().toString());

        RunResult global = run("global", coupling, hot);
        assertTrue(Runs.entry(global, "heatCurrent", "hot") > 0 && Runs.entry(global, "heatCurrent", "cold") < 0);
        assertTrue(Runs.number(global, "entropy", "production") > 0);
        assertTrue(global.warnings().isEmpty(), global.warnings().toString());
    }
}
