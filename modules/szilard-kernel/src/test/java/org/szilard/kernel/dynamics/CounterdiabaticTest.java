package org.szilard.kernel.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.RampShape;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.linalg.EjmlQuantumMath;
import org.szilard.kernel.scenario.ConfigurationException;

/**
 * Counterdiabatic driving on spins in a transverse field, H(lambda) = lambda S_z + h S_x, whose eigenbasis turns by
 * theta = atan2(h, lambda) about y: the gauge potential is A = theta'(lambda) S_y = -h/(lambda^2 + h^2) S_y and the
 * level force lambda H / (lambda^2 + h^2). Fast ramps with the term follow the instantaneous eigenstates, the first
 * law closes with E = Tr(rho H), and the cost integral is the length |theta_1 - theta_0| sqrt(Tr(rho S_y^2)).
 */
class CounterdiabaticTest {

    private static final QuantumMath MATH = new EjmlQuantumMath();
    private static final double H = 0.5;

    /** lambda S_z + h S_x on spins of size j (one spin, or two identical spins with no interaction). */
    private record Spins(Operator sz, Operator sx, Operator sy, double h) implements WorkingSubstance {

        static Spins of(double j, int count, double h) {
            Operator[] s = spin(j);
            Operator sz = s[0], sx = s[1], sy = s[2];
            if (count == 2) {
                Operator one = Operator.identity(sz.dimension());
                sz = sz.kron(one).plus(one.kron(sz));
                sx = s[1].kron(one).plus(one.kron(s[1]));
                sy = s[2].kron(one).plus(one.kron(s[2]));
            }
            return new Spins(sz, sx, sy, h);
        }

        /** S_z, S_x, S_y of spin j in the basis m = j, j-1, ..., -j. */
        private static Operator[] spin(double j) {
            int d = (int) Math.round(2 * j + 1);
            Operator.Builder raise = Operator.builder(d);
            double[] m = new double[d];
            for (int k = 0; k < d; k++) {
                m[k] = j - k;
                if (k > 0) {
                    raise.add(k - 1, k, Math.sqrt(j * (j + 1) - m[k] * (m[k] + 1)));
                }
            }
            Operator up = raise.build(), down = up.dagger();
            return new Operator[] {Operator.diagonal(m), up.plus(down).times(0.5), up.minus(down).times(0.0, -0.5)};
        }

        @Override
        public int dimension() {
            return sz.dimension();
        }

        @Override
        public Operator hamiltonian(double lambda) {
            return sz.times(lambda).plus(sx.times(h));
        }

        @Override
        public Operator hamiltonianDerivative(double lambda) {
            return sz;
        }

        @Override
        public Operator defaultCoupling() {
            return sx.times(2.0);
        }

        Operator potential(double lambda) {
            return sy.times(-h / (lambda * lambda + h * h));
        }
    }

    @Test
    void gaugePotentialAndLevelForceHaveTheirClosedForms() {
        for (double j : new double[] {0.5, 1.0, 1.5}) {
            Spins spins = Spins.of(j, 1, H);
            for (double lambda : new double[] {-2.0, 0.0, 0.7}) {
                GaugePotential g = GaugePotential.of(MATH.spectrum(spins.hamiltonian(lambda)), spins.sz());
                assertEquals(0.0, g.potential().minus(spins.potential(lambda)).maxAbs(), 1e-13, "j = " + j);
                Operator force = spins.hamiltonian(lambda).times(lambda / (lambda * lambda + H * H));
                assertEquals(0.0, g.levelForce().minus(force).maxAbs(), 1e-13, "j = " + j);
            }
        }
    }

    @Test
    void levelsThatStayDegenerateAreLeftOut() {
        // two free spins 1/2: the singlet and the m = 0 triplet state stay degenerate (E = 0) along the whole path,
        // and dH/dlambda does not couple them; A is the sum of the single-spin potentials
        Spins pair = Spins.of(0.5, 2, H);
        GaugePotential g = GaugePotential.of(MATH.spectrum(pair.hamiltonian(0.3)), pair.sz());
        assertEquals(0.0, g.potential().minus(pair.potential(0.3)).maxAbs(), 1e-12);
        double fidelity = followRamp(pair, -2.0, 3.0, 0.5, RampShape.SINE, true);
        assertEquals(1.0, fidelity, 1e-8);
    }

    @Test
    void fastRampsFollowTheEigenstateWithTheTermAndLeaveItWithout() {
        for (double j : new double[] {0.5, 1.0}) {
            Spins spin = Spins.of(j, 1, H);
            for (RampShape shape : RampShape.values()) {
                double fidelity = followRamp(spin, -2.0, 3.0, 0.5, shape, true);
                assertEquals(1.0, fidelity, 1e-8, "j = " + j + ", " + shape);
            }
            double uncorrected = followRamp(spin, -2.0, 3.0, 0.5, RampShape.SINE, false);
            assertTrue(uncorrected < 0.5, "quantum friction without the term: fidelity " + uncorrected);
        }
    }

    /** Fidelity of the final state with the ground state of H(to), starting in the ground state of H(from). */
    private static double followRamp(Spins spins, double from, double to, double duration, RampShape shape,
                                     boolean counterdiabatic) {
        OpenSystem system = new OpenSystem(spins, Map.of(), MATH);
        Segment ramp = new Segment("ramp", duration, Control.ramp(from, to, duration, shape), Set.of(),
                counterdiabatic);
        double[] y = new double[system.layout().size()];
        ground(spins.hamiltonian(from)).copyInto(y, 0);
        propagate(system.equation(ramp), duration, y);
        Operator rho = rho(y, system.layout());
        return rho.traceOfProductRe(ground(spins.hamiltonian(to)));
    }

    @Test
    void theHamiltonianOfACounterdiabaticSegmentIncludesTheTerm() {
        Spins spin = Spins.of(0.5, 1, H);
        Control ramp = Control.ramp(-2.0, 3.0, 0.5, RampShape.SINE);
        OpenSystem system = new OpenSystem(spin, Map.of(), MATH);
        MasterEquation cd = system.equation(new Segment("ramp", 0.5, ramp, Set.of(), true));
        MasterEquation plain = system.equation(new Segment("ramp", 0.5, ramp, Set.of()));
        double s = 0.2, lambda = ramp.value(s);
        Operator expected = spin.hamiltonian(lambda).plus(spin.potential(lambda).times(ramp.rate(s)));
        assertEquals(0.0, cd.hamiltonian(s).minus(expected).maxAbs(), 1e-13);
        assertEquals(0.0, plain.hamiltonian(s).minus(spin.hamiltonian(lambda)).maxAbs(), 0.0);
        assertEquals(0.0, cd.hamiltonian(0.0).minus(spin.hamiltonian(-2.0)).maxAbs(), 1e-15, "lambda' = 0");
        // and it generates the evolution
        double[] y = new double[system.layout().size()];
        double[] yDot = new double[y.length];
        randomState(2, 3).copyInto(y, 0);
        cd.derivatives(s, y, yDot);
        Operator rho = rho(y, system.layout());
        Operator commutator = expected.times(rho).minus(rho.times(expected)).times(0.0, -1.0);
        assertEquals(0.0, rho(yDot, system.layout()).minus(commutator).maxAbs(), 1e-14);
    }

    @Test
    void powerIsTheRateOfChangeOfTrRhoHLessTheHeatCurrentInAnyState() {
        Spins spin = Spins.of(1.0, 1, H);
        OpenSystem system = new OpenSystem(spin, Map.of("bath", new ThermalBath(0.8, 0.7)), MATH);
        Control ramp = Control.ramp(-1.0, 2.0, 1.5, RampShape.SINE);
        MasterEquation equation = system.equation(new Segment("ramp", 1.5, ramp, Set.of("bath"), true));
        StateLayout layout = system.layout();
        double[] y = new double[layout.size()];
        randomState(3, 11).copyInto(y, 0);
        double[] yDot = new double[layout.size()];
        double s = 0.6;
        equation.derivatives(s, y, yDot);
        Operator rho = rho(y, layout), rhoDot = rho(yDot, layout);
        Operator h = spin.hamiltonian(ramp.value(s));
        double energyRate = rhoDot.traceOfProductRe(h) + ramp.rate(s) * rho.traceOfProductRe(spin.sz());
        assertEquals(energyRate, -yDot[layout.work()] + yDot[layout.heat(0)], 1e-13);
        assertTrue(Math.abs(yDot[layout.heat(0)]) > 1e-3 && Math.abs(yDot[layout.work()]) > 1e-3);
        assertEquals(ramp.rate(s) * Math.sqrt(rho.traceOfProductRe(spin.sy().times(spin.sy())))
                * H / (Math.pow(ramp.value(s), 2) + H * H), yDot[layout.counterdiabaticCost()], 1e-13);
    }

    @Test
    void firstLawClosesOnCounterdiabaticSegmentsOpenOrClosedSineOrLinear() {
        Spins spin = Spins.of(1.0, 1, H);
        OpenSystem system = new OpenSystem(spin, Map.of("bath", new ThermalBath(0.8, 0.7)), MATH);
        StateLayout layout = system.layout();
        for (RampShape shape : RampShape.values()) {
            for (Set<String> attached : List.of(Set.<String>of(), Set.of("bath"))) {
                double[] y = new double[layout.size()];
                Operator start = randomState(3, 5);
                start.copyInto(y, 0);
                Control ramp = Control.ramp(-1.0, 2.0, 0.7, shape);
                propagate(system.equation(new Segment("ramp", 0.7, ramp, attached, true)), 0.7, y);
                double deltaE = rho(y, layout).traceOfProductRe(spin.hamiltonian(2.0))
                        - start.traceOfProductRe(spin.hamiltonian(-1.0));
                double residual = deltaE - (-y[layout.work()] + y[layout.heat(0)]);
                assertEquals(0.0, residual, 1e-10, shape + ", " + attached);
                assertTrue(Math.abs(y[layout.work()]) > 1e-2, "work is done");
            }
        }
    }

    @Test
    void workIsTheIntegralOfTrRhoDHtotDtPlusTheSwitchingOfTheTerm() {
        // a closed spin 1 from a state with coherences: the booked work equals the integral of Tr(rho dH_tot/dt)
        // (a centred difference of hamiltonian(s)) plus lambda' Tr(rho A) on switching on, minus it on switching off
        Spins spin = Spins.of(1.0, 1, H);
        OpenSystem system = new OpenSystem(spin, Map.of(), MATH);
        StateLayout layout = system.layout();
        for (RampShape shape : RampShape.values()) {
            Control ramp = Control.ramp(-1.0, 2.0, 0.7, shape);
            MasterEquation equation = system.equation(new Segment("ramp", 0.7, ramp, Set.of(), true));
            double[] y = new double[layout.size() + 1];
            Operator start = randomState(3, 21);
            start.copyInto(y, 0);
            integrate(new FirstOrderDifferentialEquations() {
                @Override
                public int getDimension() {
                    return layout.size() + 1;
                }

                @Override
                public void computeDerivatives(double t, double[] state, double[] rate) {
                    equation.derivatives(t, state, rate);
                    double delta = 1e-5;
                    Operator change = equation.hamiltonian(t + delta).minus(equation.hamiltonian(t - delta));
                    rate[layout.size()] = rho(state, layout).traceOfProductRe(change) / (2 * delta);
                }
            }, 0.7, y);
            double switchOn = ramp.rate(0.0) * start.traceOfProductRe(spin.potential(-1.0));
            double switchOff = -ramp.rate(0.7) * rho(y, layout).traceOfProductRe(spin.potential(2.0));
            assertEquals(-y[layout.work()], y[layout.size()] + switchOn + switchOff, 1e-8, shape.id());
            if (shape == RampShape.LINEAR) {
                assertTrue(Math.abs(switchOn) > 1e-2, "the switch does work on a state with coherences");
            }
        }
    }

    @Test
    void costIsTheTurningAngleOfTheEigenbasisWhateverTheDuration() {
        // for spin 1/2, Tr(rho S_y^2) = 1/4 in every state: the cost is |theta(to) - theta(from)| / 2
        Spins spin = Spins.of(0.5, 1, H);
        OpenSystem system = new OpenSystem(spin, Map.of(), MATH);
        double expected = Math.abs(Math.atan2(H, 3.0) - Math.atan2(H, -2.0)) / 2;
        for (double duration : new double[] {0.3, 4.0}) {
            double[] y = new double[system.layout().size()];
            randomState(2, 7).copyInto(y, 0);
            Control ramp = Control.ramp(-2.0, 3.0, duration, RampShape.SINE);
            propagate(system.equation(new Segment("ramp", duration, ramp, Set.of(), true)), duration, y);
            assertEquals(expected, y[system.layout().counterdiabaticCost()], 1e-9, "duration " + duration);
        }
        double[] y = new double[system.layout().size()];
        Control ramp = Control.ramp(-2.0, 3.0, 1.0, RampShape.SINE);
        propagate(system.equation(new Segment("ramp", 1.0, ramp, Set.of())), 1.0, y);
        assertEquals(0.0, y[system.layout().counterdiabaticCost()], 0.0, "no cost without the term");
    }

    @Test
    void aPathThroughACouplingDegeneracyIsRejectedWithItsPlace() {
        // without a transverse field all levels meet at lambda = 0, and S_z splits them there
        Spins spin = Spins.of(0.5, 1, 0.0);
        OpenSystem system = new OpenSystem(spin, Map.of(), MATH);
        MasterEquation equation = system.equation(
                new Segment("sweep", 2.0, Control.ramp(-1.0, 1.0, 2.0, RampShape.LINEAR), Set.of(), true));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> equation.hamiltonian(1.0));
        assertEquals("protocol", e.blockPath());
        assertTrue(e.getMessage().contains("'sweep'") && e.getMessage().contains("lambda = 0.0")
                && e.getMessage().contains("degenerate"), e.getMessage());
        double[] y = new double[system.layout().size()];
        assertThrows(ConfigurationException.class, () -> equation.derivatives(1.0, y, new double[y.length]));
        // away from the crossing the potential is zero: H and dH/dlambda commute
        assertEquals(0.0, equation.hamiltonian(0.5).minus(spin.hamiltonian(-0.5)).maxAbs(), 1e-15);
    }

    /** A Davies bath that couples every pair of levels with unit matrix element, at temperature T and rate gamma. */
    private record ThermalBath(double temperature, double gamma) implements Reservoir {

        @Override
        public List<JumpOperator> jumpOperators(InstantaneousSystem system) {
            Spectrum spectrum = system.spectrum();
            Operator v = spectrum.eigenvectors();
            int d = spectrum.dimension();
            List<JumpOperator> jumps = new ArrayList<>();
            for (int a = 0; a < d; a++) {
                for (int b = a + 1; b < d; b++) {
                    double w = spectrum.energy(b) - spectrum.energy(a);
                    double n = 1.0 / Math.expm1(w / temperature);
                    Operator lower = v.times(Operator.builder(d).add(a, b, 1.0).build()).times(v.dagger());
                    jumps.add(new JumpOperator(lower, gamma * (n + 1), w, 0));
                    jumps.add(new JumpOperator(lower.dagger(), gamma * n, -w, 0));
                }
            }
            return jumps;
        }
    }

    private static Operator ground(Operator h) {
        Spectrum spectrum = MATH.spectrum(h);
        return spectrum.fromEigenbasis(Operator.projector(h.dimension(), 0));
    }

    /** A random full-rank density matrix with coherences. */
    private static Operator randomState(int d, long seed) {
        Random random = new Random(seed);
        double[] g = new double[2 * d * d];
        Arrays.setAll(g, k -> random.nextGaussian());
        Operator m = Operator.wrap(d, g);
        Operator rho = m.times(m.dagger()).plus(Operator.identity(d).times(0.1));
        return rho.times(1.0 / rho.traceRe());
    }

    private static Operator rho(double[] y, StateLayout layout) {
        return Operator.wrap(layout.hilbertDimension(), Arrays.copyOf(y, layout.rhoLength()));
    }

    private static void propagate(MasterEquation equation, double duration, double[] y) {
        integrate(new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return equation.dimension();
            }

            @Override
            public void computeDerivatives(double t, double[] state, double[] rate) {
                equation.derivatives(t, state, rate);
            }
        }, duration, y);
    }

    private static void integrate(FirstOrderDifferentialEquations equations, double duration, double[] y) {
        new DormandPrince853Integrator(1e-12 * duration, duration, 1e-12, 1e-12)
                .integrate(equations, 0.0, y, duration, y);
    }
}
