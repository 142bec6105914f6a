package org.szilard.plugin.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.plugin.analyzers.Snapshots.number;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.testkit.PluginTests;

/**
 * Entanglement measures of textbook states. Werner state rho = p |psi-><psi-| + (1 - p) I/4: Wootters'
 * concurrence max(0, (3p - 1)/2); rho^T_A has eigenvalues (1 + p)/4 (three times) and (1 - 3p)/4, so
 * ||rho^T_A||_1 = (3 (1 + p) + |1 - 3p|)/4 and the negativity is max(0, (3p - 1)/4); both reduced states are I/2.
 */
class EntanglementTest {

    private static final double LN2 = Math.log(2.0);
    private static final Operator TWO_QUBITS = Operator.diagonal(1.0, 0.0, 0.0, -1.0);

    /** The results for a run ending in rho, checked against sampling that final state. */
    private static ResultBlock entanglement(Operator rho, Operator h, int split, int... dims) {
        var run = Snapshots.ending(rho, h, dims);
        Analyzer a = PluginTests.create(new EntanglementProvider(), PluginTests.context(run.substance()),
                "split", (long) split);
        return Snapshots.finishAndSampleEnd(a, run);
    }

    private static ResultBlock twoQubits(Operator rho) {
        return entanglement(rho, TWO_QUBITS, 1, 2, 2);
    }

    @Test
    void bellStateIsMaximallyEntangled() {
        ResultBlock b = twoQubits(Snapshots.pure(1, 0, 0, 1));
        assertEquals(List.of("concurrence", "negativity", "logNegativity", "entropyA", "entropyB", "mutualInformation"),
                List.copyOf(b.values().keySet()));
        assertEquals(1.0, number(b, "concurrence"), 1e-12);
        assertEquals(0.5, number(b, "negativity"), 1e-12);
        assertEquals(1.0, number(b, "logNegativity"), 1e-12, "log2: one ebit");
        assertEquals(LN2, number(b, "entropyA"), 1e-12);
        assertEquals(LN2, number(b, "entropyB"), 1e-12);
        assertEquals(2 * LN2, number(b, "mutualInformation"), 1e-12);
    }

    @Test
    void complexBellStateNeedsTheComplexConjugate() {
        // (|01> + i |10>)/sqrt 2: locally equivalent to a Bell state, C = 1 (it would be 0 without conjugating)
        double s = Math.sqrt(0.5);
        ResultBlock b = twoQubits(Operator.pure(new double[] {0, 0, s, 0, 0, s, 0, 0}));
        assertEquals(1.0, number(b, "concurrence"), 1e-12);
        assertEquals(0.5, number(b, "negativity"), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.2, 1.0 / 3.0, 0.5, 0.8, 1.0})
    void wernerStates(double p) {
        Operator singlet = Snapshots.pure(0, 1, -1, 0);
        Operator rho = singlet.times(p).plus(Operator.identity(4).times((1 - p) / 4));
        ResultBlock b = twoQubits(rho);
        assertEquals(Math.max(0.0, (3 * p - 1) / 2), number(b, "concurrence"), 1e-10);
        assertEquals(Math.max(0.0, (3 * p - 1) / 4), number(b, "negativity"), 1e-10);
        assertEquals(Math.log(1 + Math.max(0.0, (3 * p - 1) / 2)) / LN2, number(b, "logNegativity"), 1e-10);
        assertEquals(LN2, number(b, "entropyA"), 1e-12);
        assertEquals(LN2, number(b, "entropyB"), 1e-12);
        double big = (1 + 3 * p) / 4, small = (1 - p) / 4;
        double s = -big * Math.log(big) - (small > 0 ? 3 * small * Math.log(small) : 0.0);
        assertEquals(2 * LN2 - s, number(b, "mutualInformation"), 1e-10);
    }

    @Test
    void productStateIsNotEntangled() {
        Operator rho = Snapshots.bloch(0.3, 0.1, 0.5).kron(Snapshots.bloch(-0.2, 0.0, 0.7));
        ResultBlock b = twoQubits(rho);
        assertEquals(0.0, number(b, "concurrence"), 1e-12);
        assertEquals(0.0, number(b, "negativity"), 1e-12);
        assertEquals(0.0, number(b, "logNegativity"), 1e-12);
        assertEquals(0.0, number(b, "mutualInformation"), 1e-12);
    }

    @Test
    void ghzStateAcrossOneQubitAndTheRest() {
        // (|000> + |111>)/sqrt 2 split 1 | 23: B has dimension 4, so no concurrence; negativity 1/2, S_A = S_B = ln 2
        Operator h = Operator.diagonal(3, 1, 1, -1, 1, -1, -1, -3);
        Operator ghz = Snapshots.pure(1, 0, 0, 0, 0, 0, 0, 1);
        ResultBlock b = entanglement(ghz, h, 1, 2, 2, 2);
        assertTrue(Double.isNaN(number(b, "concurrence")));
        assertEquals(0.5, number(b, "negativity"), 1e-12);
        assertEquals(LN2, number(b, "entropyA"), 1e-12);
        assertEquals(LN2, number(b, "entropyB"), 1e-12);
        // split 2 | 3: A = first two qubits (dimension 4)
        ResultBlock two = entanglement(ghz, h, 2, 2, 2, 2);
        assertEquals(0.5, number(two, "negativity"), 1e-12);
        assertEquals(2 * LN2, number(two, "mutualInformation"), 1e-12);
    }

    @Test
    void qubitAndQutritHaveNoConcurrence() {
        // (|0,0> + |1,2>)/sqrt 2 in 2 x 3: negativity 1/2; concurrence null in the results and NaN in the series
        Operator rho = Snapshots.pure(1, 0, 0, 0, 0, 1);
        ResultBlock b = entanglement(rho, Operator.diagonal(1, 2, 3, 4, 5, 6), 1, 2, 3);
        assertTrue(Double.isNaN(number(b, "concurrence")));
        assertEquals(0.5, number(b, "negativity"), 1e-12);
    }

    /**
     * Thermal state of the Heisenberg pair H = J S_1.S_2 (triplet J/4, singlet -3J/4) at temperature T: a singlet
     * weight p = e^{J/T}/(e^{J/T} + 3) with the triplet mixed evenly, so C = max(0, 2p - 1) =
     * max(0, (e^{J/T} - 3)/(e^{J/T} + 3)) (Wootters), N = C/2, E_N = log2(1 + C), both reduced states I/2 and
     * I(A:B) = 2 ln 2 - S with S = -p ln p - (1 - p) ln((1 - p)/3).
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 1.0, 3.0})
    void seriesOfThermalHeisenbergPair(double temperature) {
        double j = 1.0;
        Operator h = Operator.real(new double[][] {
                {0.25, 0, 0, 0}, {0, -0.25, 0.5, 0}, {0, 0.5, -0.25, 0}, {0, 0, 0, 0.25}}).times(j);
        var substance = Snapshots.substance(h, 2, 2);
        Analyzer a = PluginTests.create(new EntanglementProvider(), PluginTests.context(substance));
        assertEquals(List.of("concurrence", "negativity", "logNegativity", "entropyA", "entropyB", "mutualInformation"),
                a.seriesColumns());
        Operator thermal = PluginTests.MATH.thermalState(h, temperature);
        double[] values = Snapshots.sample(a, Snapshots.observation(Snapshots.state(substance, 0.0, thermal)));
        double boltzmann = Math.exp(j / temperature);
        double c = Math.max(0.0, (boltzmann - 3) / (boltzmann + 3));
        double p = boltzmann / (boltzmann + 3);
        double s = -p * Math.log(p) - (1 - p) * Math.log((1 - p) / 3);
        assertEquals(c, values[0], 1e-10, "concurrence");
        assertEquals(c / 2, values[1], 1e-10, "negativity");
        assertEquals(Math.log(1 + c) / LN2, values[2], 1e-10, "logNegativity");
        assertEquals(LN2, values[3], 1e-12, "entropyA");
        assertEquals(LN2, values[4], 1e-12, "entropyB");
        assertEquals(2 * LN2 - s, values[5], 1e-10, "mutualInformation");
    }

    @Test
    void singleSystemOrAnEmptyPartBIsRejectedAtCreation() {
        var single = PluginTests.context(Snapshots.substance(Operator.diagonal(1, 0)));
        var e = assertThrows(InvalidParameterException.class,
                () -> PluginTests.create(new EntanglementProvider(), single));
        assertEquals("split", e.key());
        assertTrue(e.getMessage().contains("at least two subsystems"), e.getMessage());
        var pair = PluginTests.context(Snapshots.substance(TWO_QUBITS, 2, 2));
        var tooLarge = assertThrows(InvalidParameterException.class,
                () -> PluginTests.create(new EntanglementProvider(), pair, "split", 2L));
        assertTrue(tooLarge.getMessage().contains("between 1 and 1"), tooLarge.getMessage());
    }
}
