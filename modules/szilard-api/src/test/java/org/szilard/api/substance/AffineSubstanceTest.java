package org.szilard.api.substance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;

class AffineSubstanceTest {

    private static final Operator SZ = Operator.diagonal(0.5, -0.5);
    private static final Operator SX = Operator.real(new double[][] {{0, 0.5}, {0.5, 0}});

    private record TestSite(Operator lowering, Operator coupling) implements Site {
        @Override
        public double bareFrequency(double lambda) {
            return lambda;
        }
    }

    @Test
    void theHamiltonianAndItsDerivativeFollowFromTheTwoParts() {
        WorkingSubstance qubit = AffineSubstance.builder(SX.times(0.3), SZ).defaultCoupling(SX.times(2.0)).build();
        assertEquals(2, qubit.dimension());
        Operator h = qubit.hamiltonian(4.0);
        assertEquals(2.0, h.re(0, 0), 0.0);
        assertEquals(-2.0, h.re(1, 1), 0.0);
        assertEquals(0.15, h.re(0, 1), 0.0);
        assertEquals(SZ, qubit.hamiltonianDerivative(7.0));
        assertEquals(SX.times(2.0), qubit.defaultCoupling());
        assertArrayEquals(new int[] {2}, qubit.subsystemDimensions());
        assertTrue(qubit.sites().isEmpty() && qubit.couplingOperators().isEmpty() && qubit.watches().isEmpty());
        assertTrue(qubit.particleNumber().isEmpty());
    }

    @Test
    void couplingsKeepTheirOrderAndEverythingGivenIsHandedBack() {
        Operator number = Operator.diagonal(0, 1, 1, 2);
        Operator zero = Operator.zero(4);
        TestSite site = new TestSite(zero, zero);
        WorkingSubstance pair = AffineSubstance.builder(zero, number).defaultCoupling(number)
                .coupling("z", zero).coupling("a", number).coupling("m", zero)
                .subsystems(2, 2).sites(List.of(site)).particleNumber(number).build();
        assertEquals(List.of("z", "a", "m"), List.copyOf(pair.couplingOperators().keySet()));
        assertArrayEquals(new int[] {2, 2}, pair.subsystemDimensions());
        pair.subsystemDimensions()[0] = 9;
        assertArrayEquals(new int[] {2, 2}, pair.subsystemDimensions(), "a copy each time");
        assertEquals(List.of(site), pair.sites());
        assertEquals(number, pair.particleNumber().orElseThrow());
        assertThrows(UnsupportedOperationException.class, () -> pair.couplingOperators().put("x", zero));
    }

    @Test
    void inconsistentPartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> AffineSubstance.builder(Operator.zero(3), SZ));
        assertThrows(IllegalArgumentException.class, () -> AffineSubstance.builder(SX, SZ).subsystems(2, 2));
        assertThrows(IllegalArgumentException.class, () -> AffineSubstance.builder(SX, SZ).subsystems());
        IllegalStateException noCoupling = assertThrows(IllegalStateException.class,
                () -> AffineSubstance.builder(SX, SZ).build());
        assertTrue(noCoupling.getMessage().contains("default coupling"), noCoupling.getMessage());
    }
}
