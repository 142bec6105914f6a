package org.szilard.plugin.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.testkit.PluginTests.MATH;
import static org.szilard.testkit.PluginTests.assertOperatorEquals;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.testkit.PluginTests;

class MatrixProviderTest {

    private static final double EPS = 1e-14;
    private static final MatrixProvider PROVIDER = new MatrixProvider();

    /** A Hermitian 2x2 matrix with a complex off-diagonal entry: [[1, -0.5i], [0.5i, -1]]. */
    private static final Operator H0 =
            Operator.complex(new double[][] {{1, 0}, {0, -1}}, new double[][] {{0, -0.5}, {0.5, 0}});
    private static final Operator H1 = Operator.real(new double[][] {{0, 1}, {1, 0}});
    private static final Operator SIGMA_Z = Operator.diagonal(1, -1);

    private static WorkingSubstance matrix(Object... keysAndValues) {
        return PluginTests.create(PROVIDER, keysAndValues);
    }

    private static InvalidParameterException rejected(Object... keysAndValues) {
        return assertThrows(InvalidParameterException.class, () -> matrix(keysAndValues));
    }

    /** H = [[1, lambda - 0.5i], [lambda + 0.5i, -1]] has eigenvalues +-sqrt(1 + lambda^2 + 1/4). */
    @Test
    void hamiltonianIsH0PlusLambdaH1WithComplexEntries() {
        WorkingSubstance s = matrix("h0", H0, "h1", H1, "coupling", SIGMA_Z);
        double lambda = 0.8;
        assertOperatorEquals(H0.plus(H1.times(lambda)), s.hamiltonian(lambda), EPS);
        assertOperatorEquals(H1, s.hamiltonianDerivative(lambda), EPS);
        var affine = s.affine().orElseThrow();
        assertOperatorEquals(H0, affine.constant(), EPS);
        assertOperatorEquals(H1, affine.slope(), EPS);
        double e = Math.sqrt(1 + lambda * lambda + 0.25);
        assertArrayEquals(new double[] {-e, e}, MATH.eigenvalues(s.hamiltonian(lambda)), 1e-12);
        assertOperatorEquals(SIGMA_Z, s.defaultCoupling(), EPS);
        assertTrue(s.couplingOperators().isEmpty());
        assertTrue(s.sites().isEmpty());
        assertArrayEquals(new int[] {2}, s.subsystemDimensions());
    }

    @Test
    void namedCouplingsAreOfferedToReservoirsAndChecked() {
        WorkingSubstance s = matrix("h0", H0, "coupling", SIGMA_Z, "couplings",
                Map.of("x", H1));
        assertEquals(List.of("x"), List.copyOf(s.couplingOperators().keySet()));
        assertOperatorEquals(H1, s.couplingOperators().get("x"), EPS);
        Operator skewed = Operator.real(new double[][] {{0, 1}, {0, 0}});
        assertEquals("couplings.y[0][1]",
                rejected("h0", H0, "coupling", SIGMA_Z, "couplings", Map.of("y", skewed)).key());
        assertEquals("couplings.z", rejected("h0", H0, "coupling", SIGMA_Z, "couplings",
                Map.of("z", Operator.identity(3))).key());
    }

    @Test
    void withoutH1TheHamiltonianIgnoresTheControl() {
        WorkingSubstance s = matrix("h0", H0, "coupling", H1);
        assertOperatorEquals(H0, s.hamiltonian(5.0), EPS);
        assertTrue(s.hamiltonianDerivative(5.0).isZero());
    }

    @Test
    void nonHermitianMatrixIsRejectedAtItsWorstEntry() {
        Operator skewed = Operator.real(new double[][] {{1, 2, 0}, {2, 0, 0.5}, {0, 0.2, 3}});
        var e = rejected("h0", skewed, "coupling", Operator.identity(3));
        assertEquals("h0[1][2]", e.key());
        assertTrue(e.getMessage().contains("h0 must be Hermitian") && e.getMessage().contains("0.3"),
                e.getMessage());
    }

    @Test
    void imaginaryDiagonalIsNotHermitian() {
        Operator a = Operator.complex(new double[][] {{1, 0}, {0, 1}}, new double[][] {{0, 0}, {0, 0.1}});
        assertEquals("coupling[1][1]", rejected("h0", SIGMA_Z, "coupling", a).key());
        assertEquals("h1[1][1]", rejected("h0", SIGMA_Z, "h1", a, "coupling", SIGMA_Z).key());
    }

    @Test
    void roundingErrorsAreAcceptedAndSymmetrised() {
        Operator almost = Operator.real(new double[][] {{1, 0.3 + 1e-12}, {0.3, -2}});
        WorkingSubstance s = matrix("h0", almost, "coupling", H1);
        assertEquals(0.0, s.hamiltonian(0.0).hermiticityError());
        assertEquals(0.3 + 0.5e-12, s.hamiltonian(0.0).re(0, 1), 1e-16);
    }

    @Test
    void matricesMustShareOneSize() {
        Operator three = Operator.identity(3);
        assertEquals("h1", rejected("h0", SIGMA_Z, "h1", three, "coupling", H1).key());
        var e = rejected("h0", SIGMA_Z, "coupling", three);
        assertEquals("coupling", e.key());
        assertTrue(e.getMessage().contains("3 x 3") && e.getMessage().contains("2 x 2"), e.getMessage());
    }

    @Test
    void dimensionsDeclareSubsystems() {
        Operator six = Operator.diagonal(0, 1, 2, 3, 4, 5);
        WorkingSubstance s = matrix("h0", six, "coupling", six, "dimensions", List.of(2.0, 3.0));
        assertArrayEquals(new int[] {2, 3}, s.subsystemDimensions());
        assertEquals(6, s.dimension());

        var wrongProduct = rejected("h0", six, "coupling", six, "dimensions", List.of(2.0, 2.0));
        assertEquals("dimensions", wrongProduct.key());
        assertTrue(wrongProduct.getMessage().contains("multiply to 4"), wrongProduct.getMessage());
        assertEquals("dimensions", rejected("h0", six, "coupling", six, "dimensions",
                List.of(2.0, 2.0, 2.0)).key());
        assertEquals("dimensions[1]", rejected("h0", six, "coupling", six, "dimensions", List.of(2.0, 1.5)).key());
    }

    @Test
    void matrixIsAService() {
        assertTrue(ServiceLoader.load(SubstanceProvider.class).stream()
                .anyMatch(p -> p.get().type().equals("matrix")));
    }
}
