package org.szilard.plugin.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.testkit.PluginTests;

class SpinProviderTest {

    private static final double EPS = 1e-13;

    private static WorkingSubstance spin(double j, double transverse) {
        return PluginTests.create(new SpinProvider(), "spin", j, "transverse", transverse);
    }

    private static void assertOperatorEquals(Operator expected, Operator actual) {
        PluginTests.assertOperatorEquals(expected, actual, EPS);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.0, 1.5, 2.0})
    void szIsDiagonalWithMFromPlusJDown(double j) {
        SpinMatrices s = new SpinMatrices((int) (2 * j));
        assertEquals((int) (2 * j) + 1, s.dimension());
        double[] m = new double[s.dimension()];
        for (int k = 0; k < m.length; k++) {
            m[k] = j - k;
        }
        assertOperatorEquals(Operator.diagonal(m), s.sz());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.0, 1.5, 2.0})
    void angularMomentumAlgebra(double j) {
        SpinMatrices s = new SpinMatrices((int) (2 * j));
        Operator i = Operator.identity(s.dimension());
        // [S_x, S_y] = i S_z and cyclic
        assertOperatorEquals(s.sz().times(0, 1), s.sx().times(s.sy()).minus(s.sy().times(s.sx())));
        assertOperatorEquals(s.sx().times(0, 1), s.sy().times(s.sz()).minus(s.sz().times(s.sy())));
        assertOperatorEquals(s.sy().times(0, 1), s.sz().times(s.sx()).minus(s.sx().times(s.sz())));
        // S^2 = j(j+1)
        Operator s2 = s.sx().times(s.sx()).plus(s.sy().times(s.sy())).plus(s.sz().times(s.sz()));
        assertOperatorEquals(i.times(j * (j + 1)), s2);
        assertEquals(0.0, s.sx().hermiticityError(), EPS);
        assertEquals(0.0, s.sy().hermiticityError(), EPS);
    }

    @Test
    void spinHalfGivesPauliMatricesAsCouplings() {
        WorkingSubstance s = spin(0.5, 0.0);
        Operator sigmaX = Operator.real(new double[][] {{0, 1}, {1, 0}});
        Operator sigmaY = Operator.complex(new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, -1}, {1, 0}});
        Operator sigmaZ = Operator.diagonal(1, -1);
        assertOperatorEquals(sigmaX, s.defaultCoupling());
        assertOperatorEquals(sigmaX, s.couplingOperators().get("sx"));
        assertOperatorEquals(sigmaY, s.couplingOperators().get("sy"));
        assertOperatorEquals(sigmaZ, s.couplingOperators().get("sz"));
        assertEquals(Set.of("sx", "sy", "sz"), s.couplingOperators().keySet());
    }

    @Test
    void theSpinIsItsOwnSite() {
        WorkingSubstance s = spin(1.5, 0.2);
        SpinMatrices m = new SpinMatrices(3);
        assertEquals(1, s.sites().size());
        var site = s.sites().get(0);
        assertOperatorEquals(m.sx().minus(m.sy().times(0, 1)), site.lowering());
        assertOperatorEquals(m.sx().times(2.0), site.coupling());
        assertEquals(-0.8, site.bareFrequency(-0.8));
    }

    @Test
    void hamiltonianIsAffineInTheControl() {
        WorkingSubstance s = spin(1.0, 0.3);
        SpinMatrices m = new SpinMatrices(2);
        Operator expected = m.sz().times(2.5).plus(m.sx().times(0.3));
        assertOperatorEquals(expected, s.hamiltonian(2.5));
        assertOperatorEquals(m.sz(), s.hamiltonianDerivative(2.5));
        var affine = s.affine().orElseThrow();
        assertOperatorEquals(expected, affine.constant().plus(affine.slope().times(2.5)));
        assertEquals(3, s.dimension());
        assertEquals(3, s.subsystemDimensions()[0]);
    }

    @Test
    void defaultsAreSpinHalfWithoutTransverseField() {
        var p = new SpinProvider().parameters();
        assertEquals(0.5, ((Number) p.get(0).defaultValue().orElseThrow()).doubleValue());
        assertEquals(0.0, ((Number) p.get(1).defaultValue().orElseThrow()).doubleValue());
        assertEquals("spin", new SpinProvider().type());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.7, 1.25, 0.25})
    void rejectsSpinsThatAreNotHalfIntegers(double j) {
        var e = assertThrows(InvalidParameterException.class, () -> spin(j, 0.0));
        assertEquals("spin", e.key());
    }
}
