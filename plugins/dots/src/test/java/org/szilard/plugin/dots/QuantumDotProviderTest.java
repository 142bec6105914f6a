package org.szilard.plugin.dots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.testkit.PluginTests.MATH;
import static org.szilard.testkit.PluginTests.assertOperatorEquals;

import java.util.Arrays;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.substance.Site;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.testkit.PluginTests;

class QuantumDotProviderTest {

    private static final double EPS = 1e-13;
    private static final QuantumDotProvider PROVIDER = new QuantumDotProvider();

    private static WorkingSubstance doubleDot(double energy, double tunneling, double interaction) {
        return PluginTests.create(PROVIDER, "dots", 2, "energy", energy, "tunneling", tunneling,
                "interaction", interaction);
    }

    private static Operator anticommutator(Operator a, Operator b) {
        return a.times(b).plus(b.times(a));
    }

    @Test
    void annihilationOperatorsAreFermionic() {
        WorkingSubstance s = doubleDot(0.1, 0.4, 0.7);
        Operator one = Operator.identity(4);
        for (int i = 0; i < 2; i++) {
            Operator di = s.sites().get(i).lowering();
            for (int j = 0; j < 2; j++) {
                Operator dj = s.sites().get(j).lowering();
                assertOperatorEquals(i == j ? one : Operator.zero(4), anticommutator(di, dj.dagger()), EPS);
                assertTrue(anticommutator(di, dj).isZero(), "{d_" + i + ", d_" + j + "} != 0");
            }
        }
    }

    /** The basis |n_0 n_1> at index 2 n_0 + n_1 is (d_0^dag)^n_0 (d_1^dag)^n_1 |vac>. */
    @Test
    void basisStatesAreCreatedDotZeroFirst() {
        WorkingSubstance s = doubleDot(0, 0, 0);
        Operator c0 = s.sites().get(0).lowering().dagger();
        Operator c1 = s.sites().get(1).lowering().dagger();
        Operator vacuum = Operator.projector(4, 0);
        assertOperatorEquals(Operator.projector(4, 1), c1.times(vacuum).times(c1.dagger()), EPS);
        assertOperatorEquals(Operator.projector(4, 2), c0.times(vacuum).times(c0.dagger()), EPS);
        Operator c0c1 = c0.times(c1);
        assertEquals(1.0, c0c1.re(3, 0), EPS); // d_0^dag d_1^dag |00> = +|11>
        assertArrayEquals(new int[] {2, 2}, s.subsystemDimensions());
        assertOperatorEquals(Operator.diagonal(0, 1, 1, 2), s.particleNumber().orElseThrow(), EPS);
    }

    /**
     * Empty: 0. One electron: the 2x2 block [[energy + lambda/2, t], [t, energy - lambda/2]], eigenvalues
     * energy +- sqrt((lambda/2)^2 + t^2). Two electrons: 2 energy + U.
     */
    @ParameterizedTest
    @CsvSource({"0.0, 0.5, 0.0, 1.2", "0.3, -0.25, 2.0, -0.8", "-0.4, 0.0, 1.0, 0.6"})
    void doubleDotSpectrumHasBondingAndAntibondingLevels(double energy, double tunneling, double interaction,
                                                         double lambda) {
        Operator h = doubleDot(energy, tunneling, interaction).hamiltonian(lambda);
        double split = Math.hypot(0.5 * lambda, tunneling);
        double[] expected = {0.0, energy - split, energy + split, 2 * energy + interaction};
        Arrays.sort(expected);
        assertArrayEquals(expected, MATH.eigenvalues(h), EPS);
        assertEquals(0.0, h.hermiticityError(), EPS);
    }

    @Test
    void hamiltonianConservesTheParticleNumber() {
        WorkingSubstance s = doubleDot(0.2, 0.9, 1.5);
        Operator h = s.hamiltonian(-0.7);
        Operator n = s.particleNumber().orElseThrow();
        assertTrue(h.times(n).minus(n.times(h)).maxAbs() < EPS);
    }

    @Test
    void doubleDotSitesSeeHalfTheDetuning() {
        WorkingSubstance s = doubleDot(0.3, 0.1, 0.0);
        Site dot0 = s.sites().get(0), dot1 = s.sites().get(1);
        assertEquals(0.3 + 0.6, dot0.bareFrequency(1.2), EPS);
        assertEquals(0.3 - 0.6, dot1.bareFrequency(1.2), EPS);
        assertOperatorEquals(dot1.lowering().plus(dot1.lowering().dagger()), dot1.coupling(), EPS);
        assertEquals(0.0, dot1.coupling().hermiticityError(), EPS);
        assertEquals(Set.of("number", "dipole", "hopping"), s.couplingOperators().keySet());
        assertOperatorEquals(Operator.diagonal(0, -1, 1, 0), s.defaultCoupling(), EPS);
        assertOperatorEquals(Operator.diagonal(0, -0.5, 0.5, 0), s.affine().orElseThrow().slope(), EPS);
        // the hopping term links |01> and |10> only
        Operator hopping = s.couplingOperators().get("hopping");
        assertEquals(1.0, Math.abs(hopping.re(1, 2)), EPS);
        assertEquals(1.0, hopping.maxAbs(), EPS);
        assertEquals(2.0, hopping.times(hopping).traceRe(), EPS);
    }

    @Test
    void singleDotHasTheControlAsLevelEnergy() {
        WorkingSubstance s = PluginTests.create(PROVIDER);
        assertEquals(2, s.dimension());
        assertOperatorEquals(Operator.diagonal(0, 0.8), s.hamiltonian(0.8), EPS);
        assertOperatorEquals(Operator.diagonal(0, 1), s.particleNumber().orElseThrow(), EPS);
        Site dot = s.sites().get(0);
        assertOperatorEquals(Operator.real(new double[][] {{0, 1}, {0, 0}}), dot.lowering(), EPS);
        assertEquals(0.8, dot.bareFrequency(0.8), EPS);
        assertOperatorEquals(Operator.real(new double[][] {{0, 1}, {1, 0}}), s.defaultCoupling(), EPS);
        assertEquals(Set.of("number"), s.couplingOperators().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tunneling", "interaction", "energy"})
    void twoDotParametersAreRejectedForOneDot(String name) {
        var e = assertThrows(InvalidParameterException.class, () -> PluginTests.create(PROVIDER, name, 0.5));
        assertEquals(name, e.key());
    }

    @Test
    void dotsMustBeOneOrTwo() {
        Parameter dots = PROVIDER.parameters().get(0);
        assertFalse(dots.inRange(0));
        assertTrue(dots.inRange(1));
        assertTrue(dots.inRange(2));
        assertFalse(dots.inRange(3));
    }

    @Test
    void quantumDotIsAService() {
        assertTrue(ServiceLoader.load(SubstanceProvider.class).stream()
                .anyMatch(p -> p.get().type().equals("quantum-dot")));
    }
}
