package org.szilard.plugin.solvers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.plugin.solvers.ExponentialSolverTest.rho;
import static org.szilard.plugin.solvers.ExponentialSolverTest.spinPropagator;
import static org.szilard.plugin.solvers.TestEquations.qubit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverException;
import org.szilard.plugin.solvers.TestEquations.Counting;
import org.szilard.plugin.solvers.TestEquations.DecayingQubit;
import org.szilard.plugin.solvers.TestEquations.DrivenSpin;
import org.szilard.testkit.PluginTests;

class UnitarySolverTest {

    private static Solver solver() {
        return PluginTests.create(new UnitarySolverProvider(), PluginTests.context(null));
    }

    @Test
    void aConstantControlRotatesExactlyWithOnePropagatorPerEquationAndDuration() {
        double lambda = 1.3, h = 0.5, t = 7.0;
        Solver solver = solver();
        Counting equation = new Counting(DrivenSpin.constant(lambda, h));
        double[] y = qubit(1, 0, 0);
        List<Double> times = new ArrayList<>();
        solver.propagate(equation, t, y, (s, state) -> times.add(s));
        Operator u = spinPropagator(lambda, h, t);
        PluginTests.assertOperatorEquals(u.times(Operator.projector(2, 0)).times(u.dagger()), rho(y), 1e-13);
        assertEquals(List.of(t), times);
        assertEquals(0.0, y[8], "no work at a constant control");
        assertEquals(0.0, rho(y).hermiticityError());

        solver.propagate(equation, t, y, (s, state) -> { });
        Operator u2 = u.times(u);
        PluginTests.assertOperatorEquals(u2.times(Operator.projector(2, 0)).times(u2.dagger()), rho(y), 1e-13);
        assertEquals(1, equation.hamiltonianCalls, "the second segment reuses the propagator");
        assertEquals(0, equation.derivativeCalls);
    }

    @Test
    void aMovingControlThatCommutesWithItselfGivesTheExactPhaseAndWork() {
        // H = (a + b s) S_z: rho_01 turns by exp(-i (a T + b T^2/2)), W = -b T (p_up - p_down)/2
        double a = 0.4, b = 0.3, t = 6.0, p = 0.8;
        double[] y = qubit(p, 0.4, 0.0);
        solver().propagate(DrivenSpin.moving(s -> a + b * s, s -> b, 0.0), t, y, (s, state) -> { });
        double phase = a * t + 0.5 * b * t * t;
        assertEquals(0.4 * Math.cos(phase), y[2], 1e-11);
        assertEquals(-0.4 * Math.sin(phase), y[3], 1e-11);
        assertEquals(p, y[0], 1e-12);
        assertEquals(-b * t * (2 * p - 1) / 2, y[8], 1e-11);
    }

    @Test
    void aMovingControlWithATransverseFieldKeepsThePurityAndTheFirstLaw() {
        // a Landau-Zener sweep: no closed form, but Tr rho^2 = 1 and E(T) - E(0) = -W hold exactly
        double t = 8.0;
        DrivenSpin sweep = DrivenSpin.moving(s -> -2 + 0.5 * s, s -> 0.5, 0.6);
        double[] y = qubit(1, 0, 0);
        double before = sweep.energy(0, y);
        int[] steps = new int[1];
        solver().propagate(sweep, t, y, (s, state) -> steps[0]++);
        Operator rho = rho(y);
        assertEquals(1.0, rho.times(rho).traceRe(), 1e-10);
        assertEquals(-y[8], sweep.energy(t, y) - before, 1e-10);
        assertTrue(steps[0] > 1, "the listener sees every step: " + steps[0]);
    }

    @Test
    void reservoirsAreRefused() {
        var e = assertThrows(SolverException.class,
                () -> solver().propagate(new DecayingQubit(), 1.0, qubit(1, 0, 0), (s, y) -> { }));
        assertEquals("unitary solver: reservoirs are attached in a segment of duration 1.0; the unitary solver "
                + "handles closed systems: use lindblad", e.getMessage());
    }

    @Test
    void failuresOfTheMovingCaseNameTheUnitarySolver() {
        // y' = y^2 diverges at s = 1
        var e = assertThrows(SolverException.class, () -> solver().propagate(TestEquations.scalar((s, v) -> v * v),
                2.0, new double[] {1.0}, (s, y) -> { }));
        assertTrue(e.getMessage().startsWith("unitary solver: "), e.getMessage());
    }

    @Test
    void theToleranceIsTightByDefault() {
        var provider = new UnitarySolverProvider();
        assertEquals("unitary", provider.type());
        assertEquals(1e-12, provider.parameters().get(0).defaultValue().orElseThrow());
        assertEquals("maxStep", provider.parameters().get(1).name());
        assertTrue(provider.parameters().get(1).defaultValue().isEmpty());
    }
}
