package org.szilard.plugin.reservoirs.fermionic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.plugin.reservoirs.testing.Fixtures.MATH;
import static org.szilard.plugin.reservoirs.testing.Fixtures.assertClose;
import static org.szilard.plugin.reservoirs.testing.Fixtures.assertSameJumps;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.reservoir.ReservoirProvider;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.plugin.reservoirs.testing.Dissipator;
import org.szilard.plugin.reservoirs.testing.Fixtures;
import org.szilard.plugin.reservoirs.testing.HandBuilt;

/** The fermionic lead on a single level and on a double dot built with Jordan-Wigner strings. */
class FermionicLeadTest {

    private static Reservoir lead(WorkingSubstance substance, double temperature, double mu, double gamma, long site) {
        Map<String, Object> values = Fixtures.defaults(new FermionicLeadProvider());
        values.put("temperature", temperature);
        values.put("chemicalPotential", mu);
        values.put("coupling", gamma);
        values.put("site", site);
        return Fixtures.create(new FermionicLeadProvider(), values, substance);
    }

    private static double fermi(double w, double mu, double temperature) {
        return 1.0 / (Math.exp((w - mu) / temperature) + 1.0);
    }

    @Test
    void singleLevelFillsAndEmptiesAtTheFermiRates() {
        WorkingSubstance level = HandBuilt.singleLevel();
        double eps = 0.7, mu = 0.2, temperature = 0.5, gamma = 0.3;
        Reservoir lead = lead(level, temperature, mu, gamma, 0);
        assertTrue(lead.exchangesParticles());
        assertEquals(mu, lead.chemicalPotential());
        assertEquals(temperature, lead.temperature());
        double f = fermi(eps, mu, temperature);
        Operator d = HandBuilt.ANNIHILATION;
        assertSameJumps(List.of(new JumpOperator(d.dagger(), gamma * f, -eps, -1),
                new JumpOperator(d, gamma * (1 - f), eps, 1)), lead.jumpOperators(Fixtures.at(level, eps)), 1e-15);
    }

    @Test
    void atZeroTemperatureTheFermiFunctionIsAStepWithOneHalfAtTheChemicalPotential() {
        WorkingSubstance level = HandBuilt.singleLevel();
        Operator d = HandBuilt.ANNIHILATION;
        Reservoir lead = lead(level, 0.0, 0.4, 2.0, 0);
        assertSameJumps(List.of(new JumpOperator(d.dagger(), 2.0, -0.1, -1)),
                lead.jumpOperators(Fixtures.at(level, 0.1)), 0.0);
        assertSameJumps(List.of(new JumpOperator(d, 2.0, 0.9, 1)),
                lead.jumpOperators(Fixtures.at(level, 0.9)), 0.0);
        assertSameJumps(List.of(new JumpOperator(d.dagger(), 1.0, -0.4, -1), new JumpOperator(d, 1.0, 0.4, 1)),
                lead.jumpOperators(Fixtures.at(level, 0.4)), 0.0);
    }

    static Stream<Arguments> doubleDots() {
        // detuning, tunnelling, interaction, chemical potential, temperature, site
        return Stream.of(
                Arguments.of(0.6, 0.3, 1.5, 0.4, 0.7, 0),
                Arguments.of(-0.4, 0.5, 0.0, -0.2, 0.3, 1),
                Arguments.of(0.0, 0.0, 2.0, 0.5, 1.2, 0),     // degenerate dots
                Arguments.of(1.0, 0.2, 0.8, 1.5, 0.0, 1));    // zero temperature
    }

    @ParameterizedTest(name = "detuning {0}, t = {1}, U = {2}, mu = {3}, T = {4}, site {5}")
    @MethodSource("doubleDots")
    void grandCanonicalStateIsAFixedPoint(double detuning, double t, double u, double mu, double temperature,
                                          long site) {
        WorkingSubstance dots = HandBuilt.doubleDot(0.3, t, u);
        InstantaneousSystem system = Fixtures.at(dots, detuning);
        List<JumpOperator> jumps = lead(dots, temperature, mu, 0.8, site).jumpOperators(system);
        Operator n = dots.particleNumber().orElseThrow();
        Operator grand = MATH.thermalState(system.hamiltonian().minus(n.times(mu)), temperature);
        assertTrue(Dissipator.apply(jumps, grand).maxAbs() < 1e-13, () -> "D(rho) = " + Dissipator.apply(jumps, grand));
        Operator empty = Operator.projector(dots.dimension(), 0);
        Operator full = Operator.projector(dots.dimension(), dots.dimension() - 1);
        assertTrue(Dissipator.apply(jumps, empty).maxAbs() > 1e-3 || Dissipator.apply(jumps, full).maxAbs() > 1e-3);
    }

    @Test
    void singleLevelGrandCanonicalStateIsAFixedPoint() {
        WorkingSubstance level = HandBuilt.singleLevel();
        for (double eps : new double[] {-1.0, 0.0, 0.35}) {
            InstantaneousSystem system = Fixtures.at(level, eps);
            Operator n = level.particleNumber().orElseThrow();
            Operator grand = MATH.thermalState(system.hamiltonian().minus(n.times(0.35)), 0.6);
            List<JumpOperator> jumps = lead(level, 0.6, 0.35, 1.0, 0).jumpOperators(system);
            assertTrue(Dissipator.apply(jumps, grand).maxAbs() < 1e-15);
        }
    }

    /**
     * Every jump moves its quanta: [H, L] = -e L and [N, L] = -p L, so that the currents the kernel derives,
     * Tr(H D(rho)) and Tr(N D(rho)), are the rates at which the jumps carry energy and particles in.
     */
    @Test
    void jumpsCarryTheirEnergyAndParticlesIntoTheCurrents() {
        WorkingSubstance dots = HandBuilt.doubleDot(0.2, 0.4, 1.1);
        InstantaneousSystem system = Fixtures.at(dots, 0.5);
        Operator h = system.hamiltonian();
        Operator n = dots.particleNumber().orElseThrow();
        List<JumpOperator> jumps = lead(dots, 0.9, 0.3, 0.7, 1).jumpOperators(system);
        // d2 links the empty state to two one-particle levels and those to the full state: 4 frequencies, 2 jumps each
        assertEquals(8, jumps.size(), jumps::toString);
        Operator d1 = dots.sites().get(0).lowering();
        Operator rho = MATH.thermalState(h.plus(d1.plus(d1.dagger()).times(0.4)), 0.8);
        double energyOut = 0, particlesOut = 0;
        for (JumpOperator jump : jumps) {
            Operator l = jump.operator();
            assertClose(l.times(-jump.energy()), h.times(l).minus(l.times(h)), 1e-12);
            assertClose(l.times(-jump.particles()), n.times(l).minus(l.times(n)), 1e-12);
            double probability = jump.rate() * l.dagger().times(l).traceOfProductRe(rho);
            energyOut += jump.energy() * probability;
            particlesOut += jump.particles() * probability;
        }
        Operator drho = Dissipator.apply(jumps, rho);
        assertEquals(-energyOut, drho.traceOfProductRe(h), 1e-13);
        assertEquals(-particlesOut, drho.traceOfProductRe(n), 1e-13);
    }

    /** A level between two leads carries Gamma_L Gamma_R / (Gamma_L + Gamma_R) (f_L - f_R) (sequential tunnelling). */
    @Test
    void levelBetweenTwoLeadsCarriesTheSequentialTunnellingCurrent() {
        WorkingSubstance level = HandBuilt.singleLevel();
        double eps = 0.3, gammaL = 0.4, gammaR = 1.1;
        InstantaneousSystem system = Fixtures.at(level, eps);
        List<JumpOperator> left = lead(level, 0.5, 0.8, gammaL, 0).jumpOperators(system);
        List<JumpOperator> right = lead(level, 0.2, -0.1, gammaR, 0).jumpOperators(system);
        double fL = fermi(eps, 0.8, 0.5), fR = fermi(eps, -0.1, 0.2);
        double occupied = (gammaL * fL + gammaR * fR) / (gammaL + gammaR);
        Operator steady = Operator.diagonal(1 - occupied, occupied);
        assertTrue(Dissipator.apply(left, steady).plus(Dissipator.apply(right, steady)).maxAbs() < 1e-15);
        Operator n = level.particleNumber().orElseThrow();
        double current = Dissipator.apply(left, steady).traceOfProductRe(n);
        assertEquals(gammaL * gammaR / (gammaL + gammaR) * (fL - fR), current, 1e-15);
        assertTrue(current > 0);
    }

    @Test
    void zeroCouplingGivesNoJumps() {
        WorkingSubstance level = HandBuilt.singleLevel();
        assertEquals(List.of(), lead(level, 1.0, 0.0, 0.0, 0).jumpOperators(Fixtures.at(level, 0.5)));
    }

    @Test
    void substanceWithoutParticleNumberIsRejected() {
        var e = assertThrows(InvalidParameterException.class, () -> lead(HandBuilt.spinHalf(), 1.0, 0.0, 1.0, 0));
        assertEquals("type", e.key());
        assertTrue(e.getMessage().contains("particle-number"), e.getMessage());
    }

    @Test
    void unknownOrUnsuitableSitesAreRejected() {
        var e = assertThrows(InvalidParameterException.class,
                () -> lead(HandBuilt.doubleDot(0, 0.1, 0), 1.0, 0.0, 1.0, 2));
        assertEquals("site", e.key());
        assertTrue(e.getMessage().contains("0 to 1"), e.getMessage());
        e = assertThrows(InvalidParameterException.class,
                () -> lead(HandBuilt.singleLevel().withoutSites(), 1.0, 0.0, 1.0, 0));
        assertEquals("site", e.key());
        assertTrue(e.getMessage().contains("no sites"), e.getMessage());
        // counting down spins as particles, S_- adds one instead of removing it
        Operator down = Operator.projector(2, 1);
        e = assertThrows(InvalidParameterException.class,
                () -> lead(HandBuilt.spinHalf().withParticleNumber(down), 1.0, 0.0, 1.0, 0));
        assertEquals("site", e.key());
    }

    @Test
    void parametersAndRanges() {
        Map<String, Parameter> byName = Fixtures.parametersByName(new FermionicLeadProvider());
        assertEquals(List.of("temperature", "chemicalPotential", "coupling", "site"),
                new FermionicLeadProvider().parameters().stream().map(Parameter::name).toList());
        assertTrue(byName.get("temperature").required());
        assertFalse(byName.get("temperature").inRange(-0.1));
        assertTrue(byName.get("temperature").inRange(0.0));
        assertTrue(byName.get("chemicalPotential").inRange(-3.0));
        assertEquals(0.0, byName.get("chemicalPotential").defaultValue().orElseThrow());
        assertFalse(byName.get("coupling").inRange(-1.0));
        assertEquals(1.0, byName.get("coupling").defaultValue().orElseThrow());
        assertFalse(byName.get("site").inRange(-1));
        assertEquals(0L, byName.get("site").defaultValue().orElseThrow());
        byName.values().forEach(p -> assertFalse(p.doc().isBlank()));
    }

    @Test
    void isFoundAsAService() {
        assertTrue(ServiceLoader.load(ReservoirProvider.class).stream()
                .anyMatch(p -> p.type() == FermionicLeadProvider.class));
        assertEquals("fermionic", new FermionicLeadProvider().type());
    }
}
