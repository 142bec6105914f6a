package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.szilard.kernel.engine.RunResult;

/**
 * A boundary-driven XXZ chain (jx = jy = 1, jz = 0.5, lambda = 1), a hot bath (T = 2) on the first site and a cold
 * one (T = 0.5) on the last, both gamma = 0.5, in the local and the global form, against QuTiP 4.7.1
 * (reference/xxz-chain.properties, docs/validation/chains_and_dots.py): the steady state's heat currents (which
 * sum to zero) and, for local baths, the relaxation from the all-down state over t = 20.
 */
class XxzChainTest {

    private static final Reference REF = Reference.load("xxz-chain");

    @TempDir
    Path folder;

    private RunResult chain(int sites, String form, String protocol, String initial) {
        return Runs.runYaml(folder, "xxz", """
                substance: { type: spin-chain, sites: %d, jx: 1, jy: 1, jz: 0.5 }
                reservoirs:
                  hot:  { type: bosonic, temperature: 2.0, coupling: 0.5, form: %s, site: 0 }
                  cold: { type: bosonic, temperature: 0.5, coupling: 0.5, form: %s, site: %d }
                protocol: %s
                initial: %s
                solver: { type: lindblad, tolerance: 1.0e-11 }
                analyzers: [energetics, entropy]
                """.formatted(sites, form, form, sites - 1, protocol, initial));
    }

    @ParameterizedTest(name = "{0} baths, {1} sites")
    @CsvSource({"local, 3", "local, 4", "global, 3", "global, 4"})
    void steadyHeatCurrentsMatchQutip(String form, int sites) {
        RunResult r = chain(sites, form, "{ type: steady, control: 1.0 }", "{ type: ground }");
        String key = form + ".n" + sites + ".steady.";
        double hot = Runs.entry(r, "heatCurrent", "hot");
        double cold = Runs.entry(r, "heatCurrent", "cold");
        assertEquals(REF.get(key + "heatCurrent.hot"), hot, 1e-8);
        assertEquals(REF.get(key + "heatCurrent.cold"), cold, 1e-8);
        assertEquals(0.0, hot + cold, 1e-10);
        assertEquals(REF.get(key + "entropy"), Runs.number(r, "entropy", "final"), 1e-8);
        assertEquals(REF.get(key + "entropyProductionRate"), Runs.number(r, "entropy", "production"), 1e-8);
    }

    @ParameterizedTest(name = "{0} sites")
    @CsvSource({"3", "4"})
    void localRelaxationMatchesQutip(int sites) {
        int allDown = (1 << sites) - 1;
        RunResult r = chain(sites, "local", "{ type: hold, control: 1.0, duration: 20.0 }",
                "{ type: basis, index: " + allDown + " }");
        String key = "local.n" + sites + ".t20.";
        assertEquals(REF.get(key + "heat.hot"), Runs.heat(r, "hot"), 1e-7);
        assertEquals(REF.get(key + "heat.cold"), Runs.heat(r, "cold"), 1e-7);
        assertEquals(REF.get(key + "entropy"), Runs.number(r, "entropy", "final"), 1e-7);
        assertEquals(REF.get(key + "entropyProduction"), Runs.number(r, "entropy", "production"), 1e-7);
    }

    @Test
    void eightSiteChainRelaxesWithSparseOperators() {
        // d = 256: the example runs through the sparse generator; the first law closes (checked by Runs) and the
        // energy flows in from the hot end and out at the cold end
        RunResult r = Runs.run(Runs.EXAMPLES.resolve("xxz-chain-relaxation.yaml"));
        assertTrue(Runs.heat(r, "hot") > 0 && Runs.heat(r, "cold") < 0);
    }
}
