package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.szilard.kernel.engine.RunResult;
import org.szilard.kernel.scenario.ConfigurationException;

/**
 * The entanglement, ergotropy and coherence analyzers end to end on two spin-1/2 sites (spin-chain substance),
 * against QuTiP 4.7.1 (reference/entanglement-two-qubits.properties, docs/validation/entanglement_two_qubits.py).
 *
 * <p>Thermal states are analysed by a {@code hold} of duration 0 with {@code initial: thermal}. For the Heisenberg
 * XXX coupling jx = jy = jz = J the substance's H = J S_0.S_1 (S = sigma/2, no sigma.sigma/4 rescaling needed: the
 * spin-chain couplings multiply S, not sigma) has the singlet at -3J/4 and the triplet at J/4, so the thermal
 * state is a Werner state of singlet weight F = e^{J/T}/(e^{J/T} + 3): C = max(0, (e^{J/T} - 3)/(e^{J/T} + 3)),
 * N = C/2, both reduced states I/2 (entangled below T = J/ln 3 = 0.910 J). For sigma.sigma couplings the exponent
 * would be 4J/T.
 */
class TwoQubitEntanglementTest {

    private static final Reference REF = Reference.load("entanglement-two-qubits");

    @TempDir
    Path folder;

    private RunResult thermal(double jx, double jy, double jz, double lambda, double temperature) {
        return Runs.runYaml(folder, "pair", """
                substance: { type: spin-chain, sites: 2, jx: %s, jy: %s, jz: %s }
                protocol: { type: hold, control: %s, duration: 0 }
                initial: { type: thermal, temperature: %s }
                solver: { type: unitary }
                analyzers: [entanglement, ergotropy, coherence]
                """.formatted(jx, jy, jz, lambda, temperature));
    }

    private static void assertMatches(String key, RunResult r) {
        for (String k : new String[] {"negativity", "logNegativity", "entropyA", "entropyB", "mutualInformation"}) {
            assertEquals(REF.get(key + k), Runs.number(r, "entanglement", k), 1e-10, k);
        }
        assertEquals(REF.get(key + "concurrence"), Runs.number(r, "entanglement", "concurrence"), 1e-9, "concurrence");
        assertEquals(REF.get(key + "energy"), Runs.number(r, "ergotropy", "energy"), 1e-10);
        // a Gibbs state is passive and diagonal in the energy basis (coherence inside the triplet does not count)
        assertEquals(0.0, Runs.number(r, "ergotropy", "ergotropy"), 1e-10);
        assertEquals(0.0, Runs.number(r, "coherence", "l1"), 1e-10);
        assertEquals(0.0, Runs.number(r, "coherence", "relativeEntropy"), 1e-10);
    }

    @ParameterizedTest(name = "T = {0}")
    @ValueSource(strings = {"0.25", "0.5", "0.8", "2.0"})
    void heisenbergThermalPairMatchesWernerFormulaAndQutip(String temperature) {
        double t = Double.parseDouble(temperature);
        RunResult r = thermal(1.0, 1.0, 1.0, 0.0, t);
        double x = Math.exp(1.0 / t);
        double closed = Math.max(0.0, (x - 3) / (x + 3));
        assertEquals(closed, Runs.number(r, "entanglement", "concurrence"), 1e-9);
        assertEquals(closed / 2, Runs.number(r, "entanglement", "negativity"), 1e-10);
        assertEquals(Math.log(1 + closed) / Math.log(2), Runs.number(r, "entanglement", "logNegativity"), 1e-10);
        assertMatches("xxx.T" + temperature + ".", r);
    }

    @Test
    void anisotropicPairInAFieldMatchesQutip() {
        assertMatches("xxz.T0.4.", thermal(1.0, 1.0, 0.5, 0.3, 0.4));
    }

    @Test
    void chargedTwoCellBatteryDeliversTwiceTheFieldEndToEnd() {
        // |down down> is the ground state at lambda = 1 and an eigenstate for every lambda (it has the largest
        // |S_z total| and S_0.S_1 conserves S_z total): after the closed ramp to lambda = -1 it is the top level,
        // E = J/4 + 1, above the new ground state |up up> at J/4 - 1 (J = 0.5 < |lambda|): ergotropy 2
        RunResult r = Runs.runYaml(folder, "battery", """
                substance: { type: spin-chain, sites: 2, jx: 0.5, jy: 0.5, jz: 0.5 }
                protocol: { type: ramp, from: 1.0, to: -1.0, duration: 3.0 }
                initial: { type: ground }
                solver: { type: unitary }
                analyzers: [ergotropy, entanglement]
                """);
        assertEquals(REF.get("battery.energy"), Runs.number(r, "ergotropy", "energy"), 1e-9);
        assertEquals(REF.get("battery.ergotropy"), Runs.number(r, "ergotropy", "ergotropy"), 1e-9);
        assertEquals(2.0, Runs.number(r, "ergotropy", "ergotropy"), 1e-9);
        assertEquals(0.0, Runs.number(r, "entanglement", "concurrence"), 1e-9);
    }

    @Test
    void splitMustLeaveBothPartsNonEmpty() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Runs.runYaml(folder, "split", """
                        substance: { type: spin-chain, sites: 2, jx: 1, jy: 1, jz: 1 }
                        protocol: { type: hold, control: 0, duration: 0 }
                        initial: { type: thermal, temperature: 1 }
                        analyzers: [ { type: entanglement, split: 2 } ]
                        """));
        assertTrue(e.blockPath().contains("analyzers"), e.blockPath());
        assertTrue(e.getMessage().contains("between 1 and 1"), e.getMessage());
    }
}
