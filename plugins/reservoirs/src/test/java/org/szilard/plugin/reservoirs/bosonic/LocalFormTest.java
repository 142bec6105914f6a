package org.szilard.plugin.reservoirs.bosonic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.plugin.reservoirs.testing.Fixtures.MATH;
import static org.szilard.plugin.reservoirs.testing.Fixtures.assertClose;
import static org.szilard.plugin.reservoirs.testing.Fixtures.assertSameJumps;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.plugin.reservoirs.testing.Dissipator;
import org.szilard.plugin.reservoirs.testing.Fixtures;
import org.szilard.plugin.reservoirs.testing.HandBuilt;

/**
 * The bosonic bath attached to one site: the global form through the site's coupling operator, and the local form
 * through its ladder operators, which ignores the coupling between sites and so need not respect the second law.
 */
class LocalFormTest {

    private static final double TEMPERATURE = 0.8;
    private static final double GAMMA = 0.4;

    private static Reservoir bath(WorkingSubstance substance, Consumer<Map<String, Object>> settings) {
        Map<String, Object> values = Fixtures.defaults(new BosonicBathProvider());
        values.put("temperature", TEMPERATURE);
        values.put("coupling", GAMMA);
        settings.accept(values);
        return Fixtures.create(new BosonicBathProvider(), values, substance);
    }

    private static Reservoir local(WorkingSubstance substance, long site) {
        return bath(substance, v -> {
            v.put("form", "local");
            v.put("site", site);
        });
    }

    private static Reservoir global(WorkingSubstance substance, long site) {
        return bath(substance, v -> v.put("site", site));
    }

    private static double occupation(double w) {
        return 1.0 / Math.expm1(w / TEMPERATURE);
    }

    @ParameterizedTest(name = "lambda = {0}, {1}")
    @CsvSource({"1.3, flat", "1.3, ohmic", "-0.7, flat", "-0.7, ohmic", "0.0, flat"})
    void localFormOfALoneSpinIsTheGlobalForm(double lambda, String spectrum) {
        WorkingSubstance spin = HandBuilt.spinHalf();
        Consumer<Map<String, Object>> settings = v -> {
            v.put("spectrum", spectrum);
            if (spectrum.equals("ohmic")) {
                v.put("cutoff", 2.0);
            }
        };
        // the local form needs no site when the substance has one, and no spectrum of H
        List<JumpOperator> local = bath(spin, settings.andThen(v -> v.put("form", "local")))
                .jumpOperators(Fixtures.withoutSpectrum(spin, lambda));
        List<JumpOperator> global = bath(spin, settings).jumpOperators(Fixtures.at(spin, lambda));
        assertSameJumps(global, local, 1e-13);
        assertEquals(lambda == 0.0 ? 0 : 2, local.size());
    }

    @Test
    void localFormAtNegativeSplittingExchangesLoweringAndRaising() {
        WorkingSubstance spin = HandBuilt.spinHalf();
        List<JumpOperator> jumps = local(spin, 0).jumpOperators(Fixtures.withoutSpectrum(spin, -1.5));
        assertSameJumps(List.of(
                new JumpOperator(HandBuilt.SIGMA_MINUS.dagger(), GAMMA * (occupation(1.5) + 1), 1.5, 0),
                new JumpOperator(HandBuilt.SIGMA_MINUS, GAMMA * occupation(1.5), -1.5, 0)), jumps, 1e-14);
    }

    @ParameterizedTest(name = "g = {0}")
    @ValueSource(doubles = {0.0, 0.3, 1.0})
    void localJumpsAreTheLadderOperatorsOfTheSiteWhateverTheCoupling(double g) {
        WorkingSubstance spins = HandBuilt.twoSpins(g);
        double lambda = 1.1;
        Operator minus2 = Operator.identity(2).kron(HandBuilt.SIGMA_MINUS);
        List<JumpOperator> jumps = local(spins, 1).jumpOperators(Fixtures.withoutSpectrum(spins, lambda));
        assertSameJumps(List.of(
                new JumpOperator(minus2, GAMMA * (occupation(lambda) + 1), lambda, 0),
                new JumpOperator(minus2.dagger(), GAMMA * occupation(lambda), -lambda, 0)), jumps, 1e-14);
    }

    @Test
    void globalFormOfCoupledSpinsJumpsBetweenEigenstatesAndKeepsTheGibbsStateFixed() {
        double g = 0.3, lambda = 1.1;
        WorkingSubstance spins = HandBuilt.twoSpins(g);
        Operator h = spins.hamiltonian(lambda);
        List<JumpOperator> jumps = global(spins, 1).jumpOperators(Fixtures.at(spins, lambda));
        for (JumpOperator jump : jumps) {
            Operator l = jump.operator();
            assertClose(l.times(-jump.energy()), h.times(l).minus(l.times(h)), 1e-12);
        }
        // the hopping splits the single-excitation level: the bath sees lambda - g and lambda + g, not lambda
        assertTrue(jumps.stream().anyMatch(j -> Math.abs(j.energy() - (lambda + g)) < 1e-12), jumps::toString);
        assertTrue(jumps.stream().noneMatch(j -> Math.abs(Math.abs(j.energy()) - lambda) < 1e-9), jumps::toString);
        Operator gibbs = MATH.thermalState(h, TEMPERATURE);
        assertTrue(Dissipator.apply(jumps, gibbs).maxAbs() < 1e-13);
    }

    @Test
    void globalFormThroughASiteIsTheGlobalFormThroughThatSitesOperator() {
        WorkingSubstance spins = HandBuilt.twoSpins(0.3);
        Reservoir named = bath(spins, v -> v.put("operator", "x2"));
        assertSameJumps(named.jumpOperators(Fixtures.at(spins, 0.9)),
                global(spins, 1).jumpOperators(Fixtures.at(spins, 0.9)), 0.0);
    }

    @ParameterizedTest(name = "g = {0}")
    @ValueSource(doubles = {0.0, 0.3})
    void localFormKeepsTheGlobalGibbsStateFixedOnlyForUncoupledSites(double g) {
        WorkingSubstance spins = HandBuilt.twoSpins(g);
        double lambda = 1.1;
        Operator gibbs = MATH.thermalState(spins.hamiltonian(lambda), TEMPERATURE);
        double drift = Dissipator.apply(local(spins, 1).jumpOperators(Fixtures.at(spins, lambda)), gibbs).maxAbs();
        if (g == 0.0) {
            assertTrue(drift < 1e-13, "D(rho_G) = " + drift);
        } else {
            assertTrue(drift > 1e-3, "D(rho_G) = " + drift);
        }
    }

    /**
     * With one bath at temperature T and H constant, the heat taken from the bath is the energy change, so Spohn's
     * entropy production Sigma = Delta S - Delta E / T = -Delta F / T must be >= 0: relaxation lowers the free
     * energy and the Gibbs state, its minimum, stays put. The local form instead relaxes to the Gibbs state of the
     * bare site terms (it commutes with the hopping, and the local jumps balance it in detail), so starting from
     * the true Gibbs state it raises F and Sigma is negative: the mechanism behind the second-law violations of
     * Levy and Kosloff. The global form run the other way produces entropy, as it must.
     */
    @Test
    void localFormRelaxesAwayFromTheGibbsStateWithNegativeEntropyProduction() {
        double g = 0.5, lambda = 1.0;
        WorkingSubstance spins = HandBuilt.twoSpins(g);
        Operator h = spins.hamiltonian(lambda);
        Operator gibbs = MATH.thermalState(h, TEMPERATURE);
        Operator bare = MATH.thermalState(spins.hamiltonianDerivative(lambda).times(lambda), TEMPERATURE);

        List<JumpOperator> localJumps = local(spins, 1).jumpOperators(Fixtures.at(spins, lambda));
        assertTrue(Dissipator.generator(h, localJumps, bare).maxAbs() < 1e-13);
        Operator relaxed = Dissipator.evolve(h, localJumps, gibbs, 80.0, 0.05);
        assertTrue(MATH.traceDistance(relaxed, bare) < 1e-6, "not relaxed: " + MATH.traceDistance(relaxed, bare));
        double sigmaLocal = entropyProduction(gibbs, relaxed, h);
        assertTrue(sigmaLocal < -0.01, "Sigma = " + sigmaLocal);

        List<JumpOperator> globalJumps = global(spins, 1).jumpOperators(Fixtures.at(spins, lambda));
        Operator thermalised = Dissipator.evolve(h, globalJumps, bare, 80.0, 0.05);
        assertTrue(MATH.traceDistance(thermalised, gibbs) < 1e-6);
        assertEquals(-sigmaLocal, entropyProduction(bare, thermalised, h), 1e-6);
    }

    /** Delta S - Q / T for a relaxation under constant H, where the heat Q from the single bath is Delta E. */
    private static double entropyProduction(Operator from, Operator to, Operator h) {
        double heat = to.traceOfProductRe(h) - from.traceOfProductRe(h);
        return MATH.vonNeumannEntropy(to) - MATH.vonNeumannEntropy(from) - heat / TEMPERATURE;
    }

    @Test
    void unknownSitesNameTheRange() {
        var e = assertThrows(InvalidParameterException.class, () -> global(HandBuilt.twoSpins(0.3), 2));
        assertEquals("site", e.key());
        assertTrue(e.getMessage().contains("0 to 1"), e.getMessage());
        e = assertThrows(InvalidParameterException.class, () -> local(HandBuilt.twoSpins(0.3), 5));
        assertEquals("site", e.key());
        e = assertThrows(InvalidParameterException.class, () -> local(HandBuilt.spinHalf(), 1));
        assertTrue(e.getMessage().contains("just 0"), e.getMessage());
        e = assertThrows(InvalidParameterException.class, () -> global(HandBuilt.spinHalf().withoutSites(), 0));
        assertEquals("site", e.key());
        assertTrue(e.getMessage().contains("no sites"), e.getMessage());
    }

    @Test
    void localFormNeedsASite() {
        var e = assertThrows(InvalidParameterException.class,
                () -> bath(HandBuilt.twoSpins(0.3), v -> v.put("form", "local")));
        assertEquals("site", e.key());
        assertTrue(e.getMessage().contains("2 sites"), e.getMessage());
        e = assertThrows(InvalidParameterException.class,
                () -> bath(HandBuilt.spinHalf().withoutSites(), v -> v.put("form", "local")));
        assertEquals("form", e.key());
    }

    @Test
    void conflictingSettingsAreRejectedWithTheirKeys() {
        WorkingSubstance spins = HandBuilt.twoSpins(0.3);
        assertEquals("site", assertThrows(InvalidParameterException.class, () -> bath(spins, v -> {
            v.put("site", 0L);
            v.put("operator", "x1");
        })).key());
        assertEquals("operator", assertThrows(InvalidParameterException.class, () -> bath(spins, v -> {
            v.put("form", "local");
            v.put("site", 0L);
            v.put("operator", "x1");
        })).key());
        assertEquals("dephasing", assertThrows(InvalidParameterException.class, () -> bath(spins, v -> {
            v.put("form", "local");
            v.put("site", 0L);
            v.put("dephasing", 0.1);
        })).key());
    }
}
