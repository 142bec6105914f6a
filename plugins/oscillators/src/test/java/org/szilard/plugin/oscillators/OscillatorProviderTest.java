package org.szilard.plugin.oscillators;

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
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.substance.PopulationWatch;
import org.szilard.api.substance.Site;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.testkit.PluginTests;

class OscillatorProviderTest {

    private static final double EPS = 1e-12;
    private static final OscillatorProvider PROVIDER = new OscillatorProvider();

    private static WorkingSubstance number(int levels) {
        return PluginTests.create(PROVIDER, "levels", levels);
    }

    private static WorkingSubstance parametric(int levels, double w0) {
        return PluginTests.create(PROVIDER, "levels", levels, "model", "parametric", "referenceFrequency", w0);
    }

    @Test
    void numberModelHasTheLadderSpectrumAndIsAffine() {
        WorkingSubstance s = number(7);
        double lambda = 1.7;
        double[] expected = new double[7];
        for (int n = 0; n < 7; n++) {
            expected[n] = lambda * (n + 0.5);
        }
        assertArrayEquals(expected, MATH.eigenvalues(s.hamiltonian(lambda)), EPS);
        var affine = s.affine().orElseThrow();
        assertTrue(affine.constant().isZero());
        assertOperatorEquals(s.hamiltonian(lambda), affine.slope().times(lambda), EPS);
        assertOperatorEquals(affine.slope(), s.hamiltonianDerivative(lambda), EPS);
    }

    /**
     * At lambda = w0, (p^2 + w0^2 x^2)/2 = (w0/2)(a^dag a + a a^dag): in the truncated space a a^dag lacks its top
     * entry, so H is diagonal with w0 (n + 1/2) for n < N-1 and w0 (N-1)/2 on the top level.
     */
    @ParameterizedTest
    @CsvSource({"12, 1.0", "9, 1.3", "30, 0.45"})
    void parametricModelAtTheReferenceFrequencyIsExactBelowTheTopLevel(int levels, double w0) {
        Operator h = parametric(levels, w0).hamiltonian(w0);
        double[] expectedDiagonal = new double[levels];
        for (int n = 0; n < levels - 1; n++) {
            expectedDiagonal[n] = w0 * (n + 0.5);
        }
        expectedDiagonal[levels - 1] = 0.5 * w0 * (levels - 1); // the truncation artefact
        assertOperatorEquals(Operator.diagonal(expectedDiagonal), h, EPS);
        double[] energies = MATH.eigenvalues(h);
        double[] sorted = expectedDiagonal.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, energies, EPS);
    }

    /** Away from w0 the truncation couples the low levels to the top through a^2; the error falls fast with N. */
    @ParameterizedTest
    @CsvSource({"2.0, 1.0", "0.5, 1.0", "1.5, 0.8"})
    void parametricModelConvergesToTheLadderAtOtherFrequencies(double lambda, double w0) {
        double previous = Double.POSITIVE_INFINITY;
        for (int levels : new int[] {10, 20, 40}) {
            double[] energies = MATH.eigenvalues(parametric(levels, w0).hamiltonian(lambda));
            double error = 0;
            for (int n = 0; n < 3; n++) {
                error = Math.max(error, Math.abs(energies[n] - lambda * (n + 0.5)));
            }
            assertTrue(error < previous, "no convergence at N = " + levels + ": " + error);
            previous = error;
        }
        assertTrue(previous < 1e-10, "error at N = 40: " + previous);
    }

    @Test
    void parametricModelIsNotAffineAndHasTheRightDerivative() {
        WorkingSubstance s = parametric(8, 0.9);
        assertTrue(s.affine().isEmpty());
        double lambda = 1.3, h = 1e-4;
        Operator difference = s.hamiltonian(lambda + h).minus(s.hamiltonian(lambda - h)).times(0.5 / h);
        assertOperatorEquals(difference, s.hamiltonianDerivative(lambda), 1e-9);
        assertEquals(0.0, s.hamiltonian(lambda).hermiticityError(), EPS);
        assertEquals(1.3, s.sites().get(0).bareFrequency(-1.3));
    }

    @Test
    void modeIsTheSingleSiteWithLadderOperators() {
        WorkingSubstance s = number(4);
        double r2 = Math.sqrt(2), r3 = Math.sqrt(3);
        Operator a = Operator.real(new double[][] {{0, 1, 0, 0}, {0, 0, r2, 0}, {0, 0, 0, r3}, {0, 0, 0, 0}});
        Site mode = s.sites().get(0);
        assertEquals(1, s.sites().size());
        assertOperatorEquals(a, mode.lowering(), EPS);
        assertOperatorEquals(a.plus(a.dagger()), mode.coupling(), EPS);
        assertOperatorEquals(a.plus(a.dagger()), s.defaultCoupling(), EPS);
        assertEquals(-0.4, mode.bareFrequency(-0.4));
        assertEquals(Set.of("x", "p", "n"), s.couplingOperators().keySet());
        assertOperatorEquals(a.dagger().minus(a).times(0, 1), s.couplingOperators().get("p"), EPS);
        assertOperatorEquals(a.dagger().times(a), s.couplingOperators().get("n"), EPS);
        s.couplingOperators().forEach((name, op) -> assertEquals(0.0, op.hermiticityError(), EPS, name));
        assertArrayEquals(new int[] {4}, s.subsystemDimensions());
    }

    /** The engine's truncation check: Tr(rho P) of the watched projector is the top-level population. */
    @Test
    void topLevelPopulationIsWatched() {
        WorkingSubstance s = number(5);
        PopulationWatch watch = s.watches().get(0);
        assertEquals(1e-6, watch.bound());
        assertTrue(watch.meaning().contains("increase levels"), watch.meaning());
        Operator thermal = MATH.thermalState(s.hamiltonian(1.0), 2.0);
        double z = 0;
        for (int n = 0; n < 5; n++) {
            z += Math.exp(-(n + 0.5) / 2.0);
        }
        assertEquals(Math.exp(-4.5 / 2.0) / z, thermal.traceOfProductRe(watch.projector()), EPS);
    }

    @Test
    void levelsBelowTwoAreOutOfRange() {
        Parameter levels = PROVIDER.parameters().get(0);
        assertEquals("levels", levels.name());
        assertFalse(levels.inRange(0));
        assertFalse(levels.inRange(1));
        assertTrue(levels.inRange(2));
    }

    @Test
    void referenceFrequencyIsRejectedForTheNumberModel() {
        var e = assertThrows(InvalidParameterException.class,
                () -> PluginTests.create(PROVIDER, "levels", 4, "referenceFrequency", 2.0));
        assertEquals("referenceFrequency", e.key());
    }

    @Test
    void parametricModelDefaultsToUnitReferenceFrequency() {
        WorkingSubstance s = PluginTests.create(PROVIDER, "levels", 6, "model", "parametric");
        assertEquals(0.5, s.hamiltonian(1.0).re(0, 0), EPS);
        assertEquals(1.5, s.hamiltonian(1.0).re(1, 1), EPS);
    }

    @Test
    void oscillatorIsAService() {
        assertTrue(ServiceLoader.load(SubstanceProvider.class).stream()
                .anyMatch(p -> p.get().type().equals("oscillator")));
    }
}
