package org.szilard.kernel.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.MasterEquation;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/**
 * A segment written in the energy eigenbasis is the same master equation: its derivative at V^dag rho V is V^dag
 * (the derivative at rho) V, with the same currents; the frame is used only when every attached reservoir offers its
 * jumps in that basis and H is not diagonal already.
 */
class EnergyFrameTest {

    private static final EjmlQuantumMath MATH = new EjmlQuantumMath();

    /** Davies decay and excitation between the two eigenstates, at rates down and up. */
    private record Davies(double down, double up) implements Reservoir {

        @Override
        public double temperature() {
            return 1.0;
        }

        @Override
        public List<JumpOperator> jumpOperators(InstantaneousSystem system) {
            List<JumpOperator> framed = energyBasisJumpOperators(system).orElseThrow();
            List<JumpOperator> jumps = new ArrayList<>();
            for (JumpOperator j : framed) {
                jumps.add(new JumpOperator(system.spectrum().fromEigenbasis(j.operator()), j.rate(), j.energy(), 0));
            }
            return jumps;
        }

        @Override
        public Optional<List<JumpOperator>> energyBasisJumpOperators(InstantaneousSystem system) {
            double w = system.spectrum().energy(1) - system.spectrum().energy(0);
            Operator lower = Operator.builder(2).add(0, 1, 1.0).build();
            return Optional.of(List.of(new JumpOperator(lower, down, w, 0),
                    new JumpOperator(lower.dagger(), up, -w, 0)));
        }
    }

    private static OpenSystem system(double g, Reservoir second) {
        Map<String, Reservoir> reservoirs = new LinkedHashMap<>();
        reservoirs.put("hot", new Davies(0.4, 0.15));
        reservoirs.put("cold", second);
        return new OpenSystem(new TransverseQubit(g), reservoirs, MATH);
    }

    private static Segment hold(double lambda) {
        return new Segment("hold", 1.0, Control.constant(lambda), Set.of("hot", "cold"), false);
    }

    @Test
    void theFramedEquationIsTheSameEquationInTheEnergyBasis() {
        OpenSystem system = system(0.35, new Davies(0.2, 0.02));
        MasterEquation plain = system.equation(hold(1.2));
        MasterEquation framed = system.equation(hold(1.2), true);
        assertTrue(system.frame(plain).isEmpty());
        EnergyFrame frame = system.frame(framed).orElseThrow();

        double[] y = new double[plain.dimension()];
        Operator.complex(new double[][] {{0.6, 0.1}, {0.1, 0.4}}, new double[][] {{0, -0.2}, {0.2, 0}})
                .copyInto(y, 0);
        double[] inFrame = y.clone();
        frame.enter(inFrame);
        double[] rate = new double[y.length];
        double[] framedRate = new double[y.length];
        plain.derivatives(0.0, y, rate);
        framed.derivatives(0.0, inFrame, framedRate);
        frame.leave(framedRate);
        for (int k = 0; k < y.length; k++) {
            assertEquals(rate[k], framedRate[k], 1e-14, "component " + k);
        }
        frame.leave(inFrame);
        for (int k = 0; k < y.length; k++) {
            assertEquals(y[k], inFrame[k], 1e-15, "round trip, component " + k);
        }
        Spectrum spectrum = MATH.spectrum(new TransverseQubit(0.35).hamiltonian(1.2));
        PluginAssertions.equal(Operator.diagonal(spectrum.energies()), framed.hamiltonian(0.3));
        assertEquals(1, framed.jumps(0.0).get(0).get(0).operator().nonZeros(), "jumps are sparse in the frame");
    }

    @Test
    void aReservoirWithoutEnergyBasisJumpsOrADiagonalHamiltonianKeepsTheSubstanceBasis() {
        OpenSystem local = system(0.35, new QubitDecay(0.3));
        assertTrue(local.frame(local.equation(hold(1.2), true)).isEmpty());
        OpenSystem diagonal = system(0.0, new Davies(0.2, 0.02));
        assertTrue(diagonal.frame(diagonal.equation(hold(1.2), true)).isEmpty());
        OpenSystem transverse = system(0.35, new Davies(0.2, 0.02));
        Segment moving = new Segment("ramp", 1.0, Control.ramp(1.0, 2.0, 1.0,
                org.szilard.api.protocol.RampShape.LINEAR), Set.of("hot"), false);
        assertTrue(transverse.frame(transverse.equation(moving, true)).isEmpty(), "moving controls stay");
    }

    /** Operator equality entry by entry. */
    private static final class PluginAssertions {
        static void equal(Operator expected, Operator actual) {
            for (int i = 0; i < expected.dimension(); i++) {
                for (int j = 0; j < expected.dimension(); j++) {
                    assertEquals(expected.re(i, j), actual.re(i, j), 1e-14);
                    assertEquals(expected.im(i, j), actual.im(i, j), 1e-14);
                }
            }
        }
    }
}
