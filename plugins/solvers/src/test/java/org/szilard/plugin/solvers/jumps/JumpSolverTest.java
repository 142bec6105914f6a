package org.szilard.plugin.solvers.jumps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.SolverException;
import org.szilard.api.solver.TrajectoryTally;
import org.szilard.plugin.solvers.LindbladSolverProviderAccess;
import org.szilard.testkit.PluginTests;

class JumpSolverTest {

    private static final int WORK = 8;
    private static final int HEAT = 10;

    private static JumpSolver solver(int trajectories, int threads) {
        return new JumpSolver(PluginTests.MATH, trajectories, 7L, 1e-9, 0.01, threads);
    }

    /** rho = {{0.3, 0.2 - 0.1i}, {0.2 + 0.1i, 0.7}} with the bookkeeping zeroed, for R reservoirs. */
    private static double[] mixedStateWithCoherence(int reservoirs) {
        double[] y = new double[10 + 2 * reservoirs];
        System.arraycopy(new double[] {0.3, 0, 0.2, -0.1, 0.2, 0.1, 0.7, 0}, 0, y, 0, 8);
        return y;
    }

    private static double[] lindblad(MasterEquation equation, double t, double[] y0) {
        double[] y = y0.clone();
        LindbladSolverProviderAccess.solver(1e-11).propagate(equation, t, y, (s, state) -> { });
        return y;
    }

    /** The lindblad reference, the jumps solver's mean state and tally, for two baths from the coherent state. */
    private record Comparison(double[] exact, double[] y, TrajectoryTally tally, double initialEnergy) {

        static Comparison of(QubitEquation equation, double t, int trajectories) {
            double[] exact = lindblad(equation, t, mixedStateWithCoherence(2));
            JumpSolver solver = solver(trajectories, 2);
            double[] y = mixedStateWithCoherence(2);
            double initialEnergy = equation.energy(0, y);
            solver.propagate(equation, t, y, (s, state) -> { });
            return new Comparison(exact, y, solver.tally(), initialEnergy);
        }
    }

    @Test
    void theMeanStateEnergyAndHeatsFollowLindbladAndTheFirstLawCloses() {
        QubitEquation equation = new QubitEquation(1.3, 0.0, 0.4, new double[] {0.5, 0.3}, new double[] {1.0, 0.2});
        double t = 2.0;
        Comparison c = Comparison.of(equation, t, 4000);
        double[] exact = c.exact(), y = c.y();
        TrajectoryTally tally = c.tally();
        double initialEnergy = c.initialEnergy();
        assertEquals(4000, tally.size());
        assertEquals(1.0, Arrays.stream(tally.weights()).sum(), 1e-12);
        assertEquals(initialEnergy, mean(tally, i -> tally.initialEnergy()[i]), 1e-12, "the ensemble starts in rho");
        double energy = equation.energy(t, y);
        assertEquals(mean(tally, i -> tally.finalEnergy()[i]), energy, 1e-12, "the mean state is the mean of psi");
        assertWithinThreeStandardErrors(equation.energy(t, exact), tally, i -> tally.finalEnergy()[i], "energy");
        double closure = energy - initialEnergy - y[HEAT] - y[HEAT + 1] + y[WORK];
        assertEquals(0.0, closure, 1e-8, "first law of the mean state");
        for (int r = 0; r < 2; r++) {
            // the booked heat (mean energy flow) against Lindblad; the tally holds no per-trajectory flow, so the
            // error of the energy (0.009 here, the heat errors measured 0.007 and 0.006) sets the scale
            assertEquals(exact[HEAT + r], y[HEAT + r], 3 * standardError(tally, i -> tally.finalEnergy()[i]),
                    "heat of bath " + r);
        }
        assertEquals(1.0, y[0] + y[6], 1e-12);
        assertEquals(0.0, y[1]);
        assertEquals(y[2], y[4], 0.0, "Hermitian");
        assertEquals(y[3], -y[5], 0.0, "Hermitian");
    }

    @Test
    void aMovingControlWithBathsFollowsLindbladWorkAndClosesTheFirstLaw() {
        QubitEquation equation = new QubitEquation(1.3, 0.4, 0.3, new double[] {0.5, 0.3}, new double[] {1.0, 0.2});
        Comparison c = Comparison.of(equation, 1.5, 3000);
        TrajectoryTally tally = c.tally();
        assertWithinThreeStandardErrors(equation.energy(1.5, c.exact()), tally, i -> tally.finalEnergy()[i], "energy");
        assertWithinThreeStandardErrors(-c.exact()[WORK], tally, i -> tally.work()[i], "work done on the system");
        assertEquals(-c.y()[WORK], mean(tally, i -> tally.work()[i]), 1e-12, "booked work is the mean of the tally");
        double heat = c.y()[HEAT] + c.y()[HEAT + 1];
        double closure = equation.energy(1.5, c.y()) - c.initialEnergy() - heat + c.y()[WORK];
        assertEquals(0.0, closure, 1e-8, "first law of the mean state");
    }

    @Test
    void aClosedMovingControlIsTheUnitaryEvolutionWithItsWork() {
        QubitEquation equation = new QubitEquation(0.8, 0.6, 0.5, new double[0], new double[0]);
        double t = 3.0;
        double[] exact = lindblad(equation, t, mixedStateWithCoherence(0));
        double[] y = mixedStateWithCoherence(0);
        solver(5, 1).propagate(equation, t, y, (s, state) -> { });
        for (int k = 0; k < 9; k++) {
            assertEquals(exact[k], y[k], 1e-7, "component " + k);
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbersOnOneAndTwoThreads() {
        QubitEquation equation = new QubitEquation(1.3, 0.0, 0.4, new double[] {0.5, 0.3}, new double[] {1.0, 0.2});
        List<double[]> runs = new ArrayList<>();
        List<List<Double>> heats = new ArrayList<>();
        for (int threads = 1; threads <= 2; threads++) {
            JumpSolver solver = solver(300, threads);
            List<double[]> states = new ArrayList<>();
            double[] y = mixedStateWithCoherence(2);
            solver.propagate(equation, 0.7, y, (s, state) -> states.add(state.clone()));
            solver.propagate(equation, 0.7, y, (s, state) -> states.add(state.clone()));
            runs.add(states.stream().flatMapToDouble(Arrays::stream).toArray());
            TrajectoryTally tally = solver.tally();
            List<Double> h = new ArrayList<>();
            for (int i = 0; i < tally.size(); i++) {
                h.add(tally.heat()[0][i] + 10 * tally.heat()[1][i] + 100 * tally.work()[i]);
            }
            heats.add(h);
        }
        assertArrayEquals(runs.get(0), runs.get(1));
        assertEquals(heats.get(0), heats.get(1));
        assertTrue(heats.get(0).stream().distinct().count() > 10, "the trajectories differ");
    }

    @Test
    void theEnsembleContinuesAcrossSegmentsAndBooksEachTrajectorysQuenchWork() {
        // a diagonal qubit: every trajectory stays in an energy eigenstate, so its work at a quench of the level
        // spacing from 1.0 to 1.6 is 0.6 when excited and 0 otherwise, and its energy changes only by work and heat
        QubitEquation first = new QubitEquation(1.0, 0.0, 0.0, new double[] {0.4}, new double[] {0.5});
        QubitEquation second = new QubitEquation(1.6, 0.0, 0.0, new double[] {0.4}, new double[] {0.5});
        JumpSolver solver = solver(500, 2);
        double[] y = new double[12];
        y[0] = 0.6;
        y[6] = 0.4;
        solver.startTally();
        solver.propagate(first, 1.0, y, (s, state) -> { });
        double excited = y[6];
        solver.propagate(second, 1.0, y, (s, state) -> { });
        TrajectoryTally tally = solver.tally();
        assertEquals(0.6 * excited, mean(tally, i -> tally.work()[i]), 1e-12, "quench work of the mean state");
        for (int i = 0; i < tally.size(); i++) {
            double balance = tally.finalEnergy()[i] - tally.initialEnergy()[i] - tally.work()[i] - tally.heat()[0][i];
            assertEquals(0.0, balance, 1e-9, "energy balance of trajectory " + i);
        }
        assertTrue(Arrays.stream(tally.jumps()).sum() > 100, "jumps happened");
        solver.startTally();
        solver.propagate(second, 0.5, y, (s, state) -> { });
        TrajectoryTally fresh = solver.tally();
        assertEquals(0.0, mean(fresh, i -> fresh.work()[i]), 0.0, "a new tally has no work at a constant control");
        assertArrayEquals(tally.finalEnergy(), fresh.initialEnergy(), "the new tally starts where the last ended");
    }

    @Test
    void theHeatExchangedBetweenTwoBathsObeysTheSteadyStateFluctuationTheorem() {
        // a qubit (w = 1) between baths at Th = 2 and Tc = 0.5, started in its steady state: the total entropy
        // production sigma = ln p(x_0) - ln p(x_t) - Qh/Th - Qc/Tc obeys P(sigma) / P(-sigma) = exp(sigma) exactly
        // (Seifert, PRL 95, 040602, 2005); with one Bohr energy, sigma is fixed by the heat taken from each bath
        double w = 1.0, th = 2.0, tc = 0.5, gamma = 0.5;
        double nh = QubitEquation.occupation(w, th), nc = QubitEquation.occupation(w, tc);
        QubitEquation equation = new QubitEquation(w, 0.0, 0.0, new double[] {gamma, gamma}, new double[] {nh, nc});
        double down = gamma * (nh + 1) + gamma * (nc + 1), up = gamma * nh + gamma * nc;
        double excited = up / (up + down);
        double effectiveBeta = Math.log((1 - excited) / excited) / w;
        double[] y = new double[14];
        y[0] = 1 - excited;
        y[6] = excited;
        JumpSolver solver = solver(20000, 2);
        solver.propagate(equation, 3.0, y, (s, state) -> { });
        TrajectoryTally tally = solver.tally();
        double[] sigma = new double[tally.size()];
        for (int i = 0; i < sigma.length; i++) {
            double qh = tally.heat()[0][i], qc = tally.heat()[1][i];
            double energyChange = tally.finalEnergy()[i] - tally.initialEnergy()[i];
            assertEquals(qh + qc, energyChange, 1e-9, "energy balance of trajectory " + i);
            sigma[i] = effectiveBeta * energyChange - qh / th - qc / tc;
        }
        assertWithinThreeStandardErrors(1.0, tally, i -> Math.exp(-sigma[i]), "<exp(-sigma)>");
        double[] values = Arrays.stream(sigma).map(s -> Math.rint(s * 1e6) / 1e6).distinct().filter(s -> s > 0)
                .sorted().toArray();
        int checked = 0;
        for (double s : values) {
            double forward = probability(tally, sigma, s), backward = probability(tally, sigma, -s);
            if (forward * tally.size() < 400 || backward * tally.size() < 400) {
                continue;
            }
            // relative sampling error of a ratio of two counts n1, n2: sqrt(1/n1 + 1/n2)
            double error = Math.sqrt(1 / (forward * tally.size()) + 1 / (backward * tally.size()));
            assertEquals(s, Math.log(forward / backward), 3 * error, "ln P(sigma)/P(-sigma) at sigma = " + s);
            checked++;
        }
        assertTrue(checked >= 2, "at least two values of sigma are checked, got " + checked);
    }

    @Test
    void counterdiabaticStrokesAreRefused() {
        MasterEquation equation = new QubitEquation(1.0, 0.1, 0.0, new double[0], new double[0]) {
            @Override
            public boolean isCounterdiabatic() {
                return true;
            }
        };
        assertThrows(SolverException.class, () -> solver(3, 1).propagate(equation, 1.0, new double[10],
                (s, y) -> { }));
    }

    private static double probability(TrajectoryTally tally, double[] sigma, double value) {
        double p = 0.0;
        for (int i = 0; i < sigma.length; i++) {
            if (Math.abs(sigma[i] - value) < 1e-6) {
                p += tally.weights()[i];
            }
        }
        return p;
    }

    /** The weighted mean over the ensemble. */
    private static double mean(TrajectoryTally tally, IntToDoubleFunction f) {
        double m = 0.0;
        for (int i = 0; i < tally.size(); i++) {
            m += tally.weights()[i] * f.applyAsDouble(i);
        }
        return m;
    }

    /** The standard error of the weighted mean: sqrt(sum w^2 (x - mean)^2). */
    private static double standardError(TrajectoryTally tally, IntToDoubleFunction f) {
        double m = mean(tally, f);
        double s = 0.0;
        for (int i = 0; i < tally.size(); i++) {
            s += Math.pow(tally.weights()[i] * (f.applyAsDouble(i) - m), 2);
        }
        return Math.sqrt(s);
    }

    private static void assertWithinThreeStandardErrors(double expected, TrajectoryTally tally, IntToDoubleFunction f,
                                                        String what) {
        double error = standardError(tally, f);
        assertTrue(error > 0.0, what + ": no spread");
        assertEquals(expected, mean(tally, f), 3 * error, what + " (standard error " + error + ")");
    }
}
