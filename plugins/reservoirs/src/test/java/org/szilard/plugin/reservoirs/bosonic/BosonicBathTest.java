package org.szilard.plugin.reservoirs.bosonic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.szilard.api.param.ParameterValues;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.plugin.reservoirs.testing.Dissipator;
import org.szilard.plugin.reservoirs.testing.Fixtures;

/** The global (Davies) form of the bosonic bath, on spin substances. */
class BosonicBathTest {

    private static final Operator SIGMA_MINUS = Operator.real(new double[][] {{0, 0}, {1, 0}});
    private static final Operator SIGMA_PLUS = SIGMA_MINUS.dagger();

    /** The spin substance, found as a service like the kernel finds it. */
    private static final SubstanceProvider SPIN = ServiceLoader.load(SubstanceProvider.class).stream()
            .map(ServiceLoader.Provider::get).filter(p -> p.type().equals("spin")).findFirst().orElseThrow();

    private static WorkingSubstance spin(double j, double transverse) {
        return SPIN.create(new ParameterValues(Map.of("spin", j, "transverse", transverse)), Fixtures.context(null));
    }

    /** Bath parameters with the provider's defaults filled in, as the loader hands them over. */
    private static Map<String, Object> bath(double temperature) {
        Map<String, Object> values = Fixtures.defaults(new BosonicBathProvider());
        values.put("temperature", temperature);
        return values;
    }

    private static Reservoir create(Map<String, Object> values, WorkingSubstance substance) {
        return Fixtures.create(new BosonicBathProvider(), values, substance);
    }

    @Test
    void spinHalfGivesTheTextbookJumps() {
        WorkingSubstance s = spin(0.5, 0.0);
        double lambda = 2.0, temperature = 1.5, gamma = 0.3;
        Map<String, Object> values = bath(temperature);
        values.put("coupling", gamma);
        List<JumpOperator> jumps = create(values, s).jumpOperators(Fixtures.at(s, lambda));

        double n = 1.0 / (Math.exp(lambda / temperature) - 1.0);
        assertEquals(2, jumps.size());
        Fixtures.assertClose(SIGMA_MINUS, jumps.get(0).operator(), 1e-14);
        assertEquals(gamma * (n + 1), jumps.get(0).rate(), 1e-14);
        assertEquals(lambda, jumps.get(0).energy(), 1e-14);
        Fixtures.assertClose(SIGMA_PLUS, jumps.get(1).operator(), 1e-14);
        assertEquals(gamma * n, jumps.get(1).rate(), 1e-14);
        assertEquals(-lambda, jumps.get(1).energy(), 1e-14);
        jumps.forEach(j -> assertEquals(0, j.particles()));
    }

    @Test
    void equallySpacedLevelsShareOneJumpOperator() {
        // spin 1, H = lambda S_z: both transitions have w = lambda, and L_w = S_-, the lowering part of 2 S_x
        WorkingSubstance s = spin(1.0, 0.0);
        List<JumpOperator> jumps = create(bath(1.0), s).jumpOperators(Fixtures.at(s, 0.8));
        assertEquals(2, jumps.size());
        double r = Math.sqrt(2.0);
        Operator sMinus = Operator.real(new double[][] {{0, 0, 0}, {r, 0, 0}, {0, r, 0}});
        Fixtures.assertClose(sMinus, jumps.get(0).operator(), 1e-13);
        Fixtures.assertClose(sMinus.dagger(), jumps.get(1).operator(), 1e-13);
    }

    @Test
    void zeroTemperatureOnlyLowersTheEnergy() {
        WorkingSubstance s = spin(1.5, 0.4);
        List<JumpOperator> jumps = create(bath(0.0), s).jumpOperators(Fixtures.at(s, 1.0));
        assertFalse(jumps.isEmpty());
        jumps.forEach(j -> assertTrue(j.energy() > 0, "a raising jump at T = 0: " + j));
    }

    @Test
    void ohmicRatesFollowTheSpectralDensity() {
        WorkingSubstance s = spin(0.5, 0.0);
        double w = 1.2, temperature = 0.7, cutoff = 3.0;
        Map<String, Object> values = bath(temperature);
        values.put("spectrum", "ohmic");
        values.put("cutoff", cutoff);
        List<JumpOperator> jumps = create(values, s).jumpOperators(Fixtures.at(s, w));
        double j = w * Math.exp(-w / cutoff);
        double n = 1.0 / Math.expm1(w / temperature);
        assertEquals(j * (n + 1), jumps.get(0).rate(), 1e-14);
        assertEquals(j * n, jumps.get(1).rate(), 1e-14);
    }

    static Stream<Arguments> systems() {
        return Stream.of(0.5, 1.0, 1.5).flatMap(j -> Stream.of(0.0, 0.6).flatMap(h -> Stream.of("flat", "ohmic")
                .map(spectrum -> Arguments.of(j, h, spectrum))));
    }

    @ParameterizedTest(name = "j = {0}, transverse = {1}, {2}")
    @MethodSource("systems")
    void gibbsStateIsAFixedPoint(double j, double transverse, String spectrum) {
        WorkingSubstance s = spin(j, transverse);
        double temperature = 0.9;
        Map<String, Object> values = bath(temperature);
        values.put("spectrum", spectrum);
        if (spectrum.equals("ohmic")) {
            values.put("cutoff", 2.5);
        }
        values.put("dephasing", 0.2);
        for (double lambda : new double[] {1.3, -0.7}) {
            InstantaneousSystem snapshot = Fixtures.at(s, lambda);
            List<JumpOperator> jumps = create(values, s).jumpOperators(snapshot);
            Operator gibbs = Fixtures.MATH.thermalState(snapshot.hamiltonian(), temperature);
            assertTrue(Dissipator.apply(jumps, gibbs).maxAbs() < 1e-12,
                    () -> "D(rho_G) = " + Dissipator.apply(jumps, gibbs));
            // and the dissipator does something: a pure state is not stationary
            Operator excited = Operator.projector(s.dimension(), 0);
            assertTrue(Dissipator.apply(jumps, excited).maxAbs() > 1e-3);
        }
    }

    @ParameterizedTest(name = "j = {0}, transverse = {1}, {2}")
    @MethodSource("systems")
    void everyJumpChangesTheEnergyByItsQuantum(double j, double transverse, String spectrum) {
        WorkingSubstance s = spin(j, transverse);
        Map<String, Object> values = bath(2.0);
        values.put("operator", "sy");
        values.put("spectrum", spectrum);
        if (spectrum.equals("ohmic")) {
            values.put("cutoff", 1.0);
        }
        InstantaneousSystem snapshot = Fixtures.at(s, 0.9);
        Operator h = snapshot.hamiltonian();
        for (JumpOperator jump : create(values, s).jumpOperators(snapshot)) {
            Operator l = jump.operator();
            // H L = L (H - e): the jump removes the energy e from the system
            Fixtures.assertClose(l.times(jump.energy()).times(-1.0), h.times(l).minus(l.times(h)), 1e-12);
            assertTrue(jump.rate() > 0);
        }
    }

    @Test
    void dephasingAddsAZeroFrequencyTermOnlyWhenAsked() {
        WorkingSubstance s = spin(0.5, 0.0);
        Map<String, Object> values = bath(1.0);
        values.put("operator", "sz");
        assertEquals(List.of(), create(values, s).jumpOperators(Fixtures.at(s, 1.0)));

        values.put("dephasing", 0.25);
        List<JumpOperator> jumps = create(values, s).jumpOperators(Fixtures.at(s, 1.0));
        assertEquals(1, jumps.size());
        Fixtures.assertClose(Operator.diagonal(1, -1), jumps.get(0).operator(), 1e-14);
        assertEquals(0.25, jumps.get(0).rate());
        assertEquals(0.0, jumps.get(0).energy());
    }

    @Test
    void degenerateHamiltonianHasNoTransitions() {
        WorkingSubstance s = spin(1.0, 0.0);
        assertEquals(List.of(), create(bath(1.0), s).jumpOperators(Fixtures.at(s, 0.0)));
    }

    @Test
    void zeroCouplingGivesNoJumps() {
        WorkingSubstance s = spin(0.5, 0.3);
        Map<String, Object> values = bath(1.0);
        values.put("coupling", 0.0);
        assertEquals(List.of(), create(values, s).jumpOperators(Fixtures.at(s, 1.0)));
    }

    @Test
    void ohmicNeedsACutoffAndFlatTakesNone() {
        WorkingSubstance s = spin(0.5, 0.0);
        Map<String, Object> ohmic = bath(1.0);
        ohmic.put("spectrum", "ohmic");
        assertEquals("cutoff", assertThrows(InvalidParameterException.class, () -> create(ohmic, s)).key());
        Map<String, Object> flat = bath(1.0);
        flat.put("cutoff", 2.0);
        assertEquals("cutoff", assertThrows(InvalidParameterException.class, () -> create(flat, s)).key());
    }

    @Test
    void unknownOperatorNamesListTheAvailableOnes() {
        WorkingSubstance s = spin(0.5, 0.0);
        Map<String, Object> values = bath(1.0);
        values.put("operator", "sigma");
        var e = assertThrows(InvalidParameterException.class, () -> create(values, s));
        assertEquals("operator", e.key());
        assertTrue(e.getMessage().contains("sx, sy, sz"), e.getMessage());
    }

    @Test
    void parameterRangesRejectNegativeTemperatureAndSite() {
        Map<String, Parameter> byName = Fixtures.parametersByName(new BosonicBathProvider());
        assertTrue(byName.get("temperature").required());
        assertFalse(byName.get("temperature").inRange(-0.1));
        assertTrue(byName.get("temperature").inRange(0.0));
        assertFalse(byName.get("coupling").inRange(-1.0));
        assertFalse(byName.get("cutoff").inRange(0.0));
        assertFalse(byName.get("dephasing").inRange(-1.0));
        assertEquals(List.of("global", "local"), byName.get("form").choices());
        assertFalse(byName.get("site").required());
        assertFalse(byName.get("site").inRange(-1));
        assertEquals(List.of("flat", "ohmic"), byName.get("spectrum").choices());
        byName.values().forEach(p -> assertFalse(p.doc().isBlank()));
    }
}
