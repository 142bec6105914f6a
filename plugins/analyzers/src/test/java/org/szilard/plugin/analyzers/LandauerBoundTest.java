package org.szilard.plugin.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.plugin.analyzers.Snapshots.number;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.analyzer.StateRecord;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.plugin.analyzers.Runs.Bath;
import org.szilard.testkit.PluginTests;

/** Landauer's bound on hand-built erasures: a bit (S = ln 2) reset to a pure state (S = 0) at temperature T. */
class LandauerBoundTest {

    private static final double LN2 = Math.log(2.0);

    /** A run from entropy s0 to s1 taking the given heats from the reservoirs (energies balance, no work). */
    private static RunRecord run(double s0, double s1, Map<String, Double> heat, Map<String, Reservoir> reservoirs) {
        double total = heat.values().stream().mapToDouble(Double::doubleValue).sum();
        StateRecord start = Runs.state(0.0, 2.0, 0.0, s0);
        StateRecord end = Runs.state(50.0, 2.0, total, s1);
        Interval whole = new Interval(start, end, 0.0, heat, Map.of(), 0.0);
        return new RunRecord(false, false, 1, true, whole, whole, reservoirs, null, PluginTests.MATH);
    }

    private static ResultBlock analyze(RunRecord run, Object... parameters) {
        var context = PluginTests.context(null, run.reservoirs().keySet().toArray(String[]::new));
        return PluginTests.create(new LandauerProvider(), context, parameters).finish(run);
    }

    @Test
    void erasingOneBitAboveTheBound() {
        // T = 0.5, Delta S = ln 2: bound 0.5 ln 2; the bath receives 1.5 times that
        double q = 1.5 * 0.5 * LN2;
        ResultBlock b = analyze(run(LN2, 0.0, Map.of("bath", -q), Runs.reservoirs("bath", Bath.at(0.5))));
        assertEquals(List.of("heatDissipated", "entropyRemoved", "bound", "boundRatio", "bitsErased"),
                List.copyOf(b.values().keySet()));
        assertEquals(q, number(b, "heatDissipated"), 1e-15);
        assertEquals(LN2, number(b, "entropyRemoved"), 1e-15);
        assertEquals(0.5 * LN2, number(b, "bound"), 1e-15);
        assertEquals(1.5, number(b, "boundRatio"), 1e-12);
        assertEquals(1.0, number(b, "bitsErased"), 1e-15);
        assertEquals(List.of(), b.warnings());
    }

    @Test
    void heatBelowTheBoundIsAViolation() {
        ResultBlock b = analyze(run(LN2, 0.0, Map.of("bath", -0.2), Runs.reservoirs("bath", Bath.at(1.0))));
        assertEquals(0.2 / LN2, number(b, "boundRatio"), 1e-12);
        assertEquals(1, b.warnings().size());
        assertTrue(b.warnings().get(0).contains("violated"), b.warnings().get(0));
    }

    @Test
    void noRatioWhenNoEntropyIsRemoved() {
        ResultBlock b = analyze(run(0.1, 0.4, Map.of("bath", -0.1), Runs.reservoirs("bath", Bath.at(1.0))));
        assertEquals(-0.3, number(b, "entropyRemoved"), 1e-15);
        assertEquals(-0.3, number(b, "bound"), 1e-15);
        assertTrue(Double.isNaN(number(b, "boundRatio")));
        assertEquals(List.of(), b.warnings());
    }

    @Test
    void withSeveralReservoirsOneIsNamedAndTheOthersHeatIsFlagged() {
        Map<String, Reservoir> baths = Runs.reservoirs("hot", Bath.at(4.0), "cold", Bath.at(0.5));
        RunRecord r = run(LN2, 0.0, Map.of("hot", 0.1, "cold", -0.6), baths);
        var e = assertThrows(InvalidParameterException.class, () -> analyze(r));
        assertEquals("reservoir", e.key());
        assertThrows(InvalidParameterException.class, () -> analyze(r, "reservoir", "warm"));
        ResultBlock b = analyze(r, "reservoir", "cold");
        assertEquals(0.6, number(b, "heatDissipated"), 1e-15);
        assertEquals(0.5 * LN2, number(b, "bound"), 1e-15);
        assertEquals(1, b.warnings().size());
        assertTrue(b.warnings().get(0).contains("'hot'"), b.warnings().get(0));
    }

    @Test
    void closedSystemHasNoBound() {
        var e = assertThrows(InvalidParameterException.class,
                () -> PluginTests.create(new LandauerProvider(), PluginTests.context(null)));
        assertTrue(e.getMessage().contains("has none"), e.getMessage());
    }

    @Test
    void seriesGivesTheEntropyRemovedSinceTheFirstInstant() {
        // a spin 1/2 under H = 2 S_z erased from I/2 (S = ln 2) through a thermal state at T = 1 (excited
        // population q = 1/(1 + e^2), S = h(q)) to |down> (S = 0)
        var substance = Snapshots.substance(Operator.diagonal(1.0, -1.0));
        StateRecord start = Snapshots.state(substance, 0.0, Operator.identity(2).times(0.5));
        StateRecord thermal = Snapshots.state(substance, 0.0, PluginTests.MATH.thermalState(start.hamiltonian(), 1.0));
        StateRecord end = Snapshots.state(substance, 0.0, Snapshots.pure(0, 1));
        Interval whole = new Interval(start, end, 0.0, Map.of("bath", -LN2), Map.of(), 0.0);
        RunRecord run = new RunRecord(false, false, 1, true, whole, whole, Runs.reservoirs("bath", Bath.at(1.0)),
                substance, PluginTests.MATH);
        Analyzer a = PluginTests.create(new LandauerProvider(), PluginTests.context(substance, "bath"));
        assertEquals(List.of("entropyRemoved"), a.seriesColumns());
        assertEquals(0.0, Snapshots.sample(a, Snapshots.observation(start))[0], 1e-15);
        double q = 1.0 / (1.0 + Math.exp(2.0));
        double removed = LN2 + q * Math.log(q) + (1 - q) * Math.log(1 - q);
        assertEquals(removed, Snapshots.sample(a, Snapshots.observation(thermal))[0], 1e-12);
        assertEquals(LN2, Snapshots.sample(a, Snapshots.observation(end))[0], 1e-12);
        assertEquals(number(a.finish(run), "entropyRemoved"), Snapshots.sample(a, Snapshots.observation(end))[0], 0.0);
    }
}
