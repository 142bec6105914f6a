package org.szilard.kernel.steady;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.kernel.dynamics.ConstantGenerator;
import org.szilard.kernel.dynamics.StateLayout;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/** Steady states against analytic results, uniqueness diagnostics, and the direct and iterative methods. */
class SteadyStateSolverTest {

    private static final EjmlQuantumMath MATH = new EjmlQuantumMath();

    private static Operator solve(ConstantGenerator generator) {
        return new SteadyStateSolver(MATH).solve(generator).rho();
    }

    /**
     * A qubit H = w sigma_z / 2 (up = index 0) between two baths r = hot, cold, each giving sigma_- at rate
     * g_r (n_r + 1) and sigma_+ at g_r n_r. Coherences decay, and the populations obey dp_up/dt = sum_r g_r (n_r
     * (1 - p_up) - (n_r + 1) p_up) = sum_r g_r (n_r - (2 n_r + 1) p_up), so p_up = sum_r g_r n_r / sum_r g_r (2 n_r
     * + 1). The energy is E = w (p_up - 1/2), so the heat current from bath r is w times its share of dp_up/dt:
     * J_r = w g_r (n_r - (2 n_r + 1) p_up); the two cancel, and J_hot &gt; 0 when n_hot &gt; n_cold.
     */
    @Test
    void qubitBetweenTwoBathsMatchesTheRateEquation() {
        double w = 1.3;
        double gHot = 0.3;
        double gCold = 0.7;
        double nHot = Generators.bose(w, 4.0);
        double nCold = Generators.bose(w, 0.5);
        Map<String, List<JumpOperator>> baths = new LinkedHashMap<>();
        baths.put("hot", Generators.bath(Generators.LOWER, gHot, nHot, w));
        baths.put("cold", Generators.bath(Generators.LOWER, gCold, nCold, w));
        ConstantGenerator generator = Generators.of(Generators.SZ.times(w), baths);

        Operator rho = solve(generator);

        double up = (gHot * nHot + gCold * nCold) / (gHot * (2 * nHot + 1) + gCold * (2 * nCold + 1));
        assertEquals(up, rho.re(0, 0), 1e-14);
        assertEquals(1 - up, rho.re(1, 1), 1e-14);
        assertEquals(0.0, Math.hypot(rho.re(0, 1), rho.im(0, 1)), 1e-14);
        double[] rates = Generators.rates(generator, rho);
        StateLayout layout = Generators.layout(generator, 2);
        double hot = w * gHot * (nHot - (2 * nHot + 1) * up);
        double cold = w * gCold * (nCold - (2 * nCold + 1) * up);
        assertEquals(hot, rates[layout.heat(0)], 1e-14);
        assertEquals(cold, rates[layout.heat(1)], 1e-14);
        assertTrue(hot > 0, "heat flows in from the hot bath: " + hot);
        assertEquals(0.0, rates[layout.heat(0)] + rates[layout.heat(1)], 1e-15);
    }

    @Test
    void pureDephasingHasManySteadyStates() {
        ConstantGenerator generator = Generators.of(Generators.SZ,
                Map.of("noise", List.of(new JumpOperator(Generators.SZ.times(2.0), 0.4, 0.0, 0))));
        SteadyStateException e = assertThrows(SteadyStateException.class, () -> solve(generator));
        assertTrue(e.getMessage().contains("not unique") && e.getMessage().contains("2 independent steady states")
                && e.getMessage().contains("break the symmetry"), e.getMessage());
    }

    /** Two uncoupled qubits, a bath on the first only: any population of the second is steady. */
    private static ConstantGenerator uncoupledQubits(double exchange) {
        Operator one = Operator.identity(2);
        Operator h = Generators.SZ.kron(one).plus(one.kron(Generators.SZ.times(1.7)))
                .plus(Generators.RAISE.kron(Generators.LOWER).plus(Generators.LOWER.kron(Generators.RAISE))
                        .times(exchange));
        return Generators.of(h, Map.of("bath", Generators.bath(Generators.LOWER.kron(one), 0.5, 0.3, 1.0)));
    }

    @Test
    void disconnectedSectorsAreReportedNotPickedAtRandom() {
        SteadyStateException e = assertThrows(SteadyStateException.class, () -> solve(uncoupledQubits(0.0)));
        assertTrue(e.getMessage().contains("2 independent steady states"), e.getMessage());
    }

    @Test
    void disconnectedSectorsAreReportedByTheIterativeMethodToo() {
        Liouvillian liouvillian = new Liouvillian(uncoupledQubits(0.0));
        SteadyStateException e = assertThrows(SteadyStateException.class,
                () -> new IterativeSteadyState(1e-10, MATH).solve(liouvillian));
        assertTrue(e.getMessage().contains("not unique"), e.getMessage());
    }

    /** Dephasing conserves the magnetisation of an XXZ chain: one steady state per sector (d = 32, iterative). */
    @Test
    void magnetisationSectorsOfAChainAreReported() {
        int sites = 5;
        ConstantGenerator generator = Generators.of(Generators.xxzChain(sites), Map.of("noise",
                List.of(new JumpOperator(Generators.at(sites, Generators.SZ, 0).times(2.0), 0.5, 0.0, 0))));
        SteadyStateException e = assertThrows(SteadyStateException.class, () -> solve(generator));
        assertTrue(e.getMessage().contains("not unique"), e.getMessage());
    }

    @Test
    void aBarelyConnectedSectorIsReportedAsNotResolved() {
        SteadyStateException e = assertThrows(SteadyStateException.class, () -> solve(uncoupledQubits(1e-4)));
        assertTrue(e.getMessage().contains("not resolved"), e.getMessage());
        // a real connection makes it unique
        Operator rho = solve(uncoupledQubits(0.2));
        assertEquals(1.0, rho.traceRe(), 1e-14);
    }

    @Test
    void aClosedSystemHasNoUniqueSteadyState() {
        SteadyStateException e = assertThrows(SteadyStateException.class,
                () -> solve(Generators.of(Generators.SZ, Map.of())));
        assertTrue(e.getMessage().contains("no reservoir acts"), e.getMessage());
    }

    /** A random dissipative system: H and three jump operators with random complex entries. */
    private static ConstantGenerator randomSystem(int d, long seed) {
        Random random = new Random(seed);
        Operator h = Generators.randomHermitian(d, random);
        List<JumpOperator> jumps = List.of(
                new JumpOperator(Generators.random(d, random).times(1.0 / d), 0.8, 0.0, 0),
                new JumpOperator(Generators.random(d, random).times(1.0 / d), 0.5, 0.0, 0),
                new JumpOperator(Generators.random(d, random).times(1.0 / d), 0.3, 0.0, 0));
        return Generators.of(h, Map.of("bath", jumps));
    }

    @Test
    void directAndIterativeMethodsAgree() {
        ConstantGenerator generator = randomSystem(12, 7);
        Liouvillian liouvillian = new Liouvillian(generator);
        double[] direct = new DirectSteadyState().solve(liouvillian);
        double[] iterative = new IterativeSteadyState(1e-14, MATH).solve(liouvillian);
        double difference = 0.0;
        for (int k = 0; k < direct.length; k++) {
            difference = Math.max(difference, Math.abs(direct[k] - iterative[k]));
        }
        assertTrue(difference < 1e-10, "largest coordinate difference " + difference);
        Operator rho = new SteadyStateSolver(MATH).validated(12, direct).rho();
        assertTrue(Generators.residual(generator, rho) < 1e-12, "residual " + Generators.residual(generator, rho));
    }

    /**
     * An XXZ chain of six spins (d = 64, solved iteratively) with a hot bath on the first site and a cold one on the
     * last, local form: the state is steady to the solver's tolerance, the heat currents cancel, and they agree with
     * an independent sparse direct solve (src/test/resources/steady/xxz_chain_local.py: 0.039887497385020926).
     */
    @Test
    void chainSteadyStateCarriesHeatFromHotToCold() {
        int sites = 6;
        Map<String, List<JumpOperator>> baths = new LinkedHashMap<>();
        baths.put("hot", Generators.bath(Generators.at(sites, Generators.LOWER, 0), 0.5,
                Generators.bose(1.0, 2.0), 1.0));
        baths.put("cold", Generators.bath(Generators.at(sites, Generators.LOWER, sites - 1), 0.5,
                Generators.bose(1.0, 0.5), 1.0));
        ConstantGenerator generator = Generators.of(Generators.xxzChain(sites), baths);

        List<Double> fractions = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        SteadyState solution = new SteadyStateSolver(MATH).solve(generator, (fraction, message) -> {
            fractions.add(fraction);
            messages.add(message);
        });
        Operator rho = solution.rho();

        // progress: every iteration of both solves, from 0 to 1, the second solve in the upper half
        assertTrue(fractions.stream().allMatch(f -> f >= 0.0 && f <= 1.0), fractions.toString());
        assertTrue(fractions.get(fractions.size() - 1) > 0.99, fractions.toString());
        assertTrue(messages.get(0).startsWith("steady state: solve 1 of 2, iteration 1, residual"), messages.get(0));
        assertTrue(messages.get(messages.size() - 1).startsWith("steady state: solve 2 of 2"), messages.toString());
        assertEquals(1.0, rho.traceRe(), 1e-14);
        assertArrayEquals(MATH.eigenvalues(rho), solution.spectrum(), 1e-15);
        assertTrue(solution.spectrum()[0] > -1e-12);
        double residual = Generators.residual(generator, rho);
        assertTrue(residual < 1e-9, "|L(rho)| = " + residual);
        double[] rates = Generators.rates(generator, rho);
        StateLayout layout = Generators.layout(generator, 2);
        double hot = rates[layout.heat(0)];
        double cold = rates[layout.heat(1)];
        assertEquals(0.039887497385020926, hot, 1e-10);
        assertEquals(-0.039887497385020926, cold, 1e-10);
        assertEquals(0.0, hot + cold, 1e-10);
    }

    @Test
    void aNegativeEigenvalueIsRejectedWithItsValue() {
        double[] x = {1.1, -0.1, 0.0, 0.0};
        SteadyStateException e = assertThrows(SteadyStateException.class,
                () -> new SteadyStateSolver(MATH).validated(2, x));
        assertTrue(e.getMessage().contains("negative eigenvalue -0."), e.getMessage());
    }

    @Test
    void aWrongTraceIsRejected() {
        double[] x = {0.75, 0.5, 0.0, 0.0};
        SteadyStateException e = assertThrows(SteadyStateException.class,
                () -> new SteadyStateSolver(MATH).validated(2, x));
        assertTrue(e.getMessage().contains("trace 1.25"), e.getMessage());
    }
}
