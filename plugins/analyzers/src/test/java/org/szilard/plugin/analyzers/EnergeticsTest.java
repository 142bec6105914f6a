package org.szilard.plugin.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.param.ParameterValues;
import org.szilard.plugin.analyzers.Runs.Bath;

class EnergeticsTest {

    private static final Map<String, Bath> HOT_AND_COLD = Map.of("hot", Bath.at(4.0), "cold", Bath.at(1.0));

    private static ResultBlock analyze(RunRecord run) {
        return new EnergeticsProvider().create(ParameterValues.empty(), null).finish(run);
    }

    private static ResultBlock cycle(double work, double qHot, double qCold) {
        return analyze(Runs.cyclic(Runs.interval(82.0, work, Map.of("hot", qHot, "cold", qCold)),
                Runs.reservoirs("hot", Bath.at(4.0), "cold", Bath.at(1.0))));
    }

    private static double number(ResultBlock block, String key) {
        return (Double) block.values().get(key);
    }

    @Test
    void ottoEngineCycle() {
        ResultBlock b = cycle(0.2, 0.5, -0.3);
        assertEquals(List.of("work", "heat", "efficiency", "carnotEfficiency", "power", "cop", "regime",
                "firstLawResidual", "heatCurrent", "particleCurrent", "chemicalWork"), List.copyOf(b.values().keySet()));
        assertEquals("engine", b.values().get("regime"));
        assertEquals(0.2, number(b, "work"));
        assertEquals(List.of("hot", "cold"), List.copyOf(((Map<?, ?>) b.values().get("heat")).keySet()));
        assertEquals(Map.of("hot", 0.5, "cold", -0.3), b.values().get("heat"));
        assertEquals(0.4, number(b, "efficiency"), 1e-15);
        assertEquals(0.75, number(b, "carnotEfficiency"), 1e-15);
        assertEquals(0.2 / 82.0, number(b, "power"), 1e-15);
        assertTrue(Double.isNaN(number(b, "cop")));
        assertEquals(0.0, number(b, "firstLawResidual"), 1e-15);
        assertEquals(Map.of("hot", 0.5 / 82.0, "cold", -0.3 / 82.0), b.values().get("heatCurrent"));
        assertEquals(Map.of(), b.values().get("particleCurrent"));
        assertEquals(List.of(), b.warnings());
    }

    @Test
    void refrigeratorCycle() {
        ResultBlock b = cycle(-0.3, -0.4, 0.1);
        assertEquals("refrigerator", b.values().get("regime"));
        assertEquals(0.1 / 0.3, number(b, "cop"), 1e-15);
        assertTrue(Double.isNaN(number(b, "efficiency")));
    }

    @Test
    void acceleratorAndHeater() {
        assertEquals("accelerator", cycle(-0.1, 0.5, -0.6).values().get("regime"));
        assertEquals("heater", cycle(-0.2, -0.1, -0.1).values().get("regime"));
    }

    @Test
    void efficiencyCountsEveryReservoirThatGivesHeat() {
        Interval i = Runs.interval(10.0, 0.3, Map.of("hot", 0.6, "warm", 0.4, "cold", -0.7));
        ResultBlock b = analyze(Runs.cyclic(i,
                Runs.reservoirs("hot", Bath.at(4.0), "warm", Bath.at(2.0), "cold", Bath.at(1.0))));
        assertEquals("engine", b.values().get("regime"));
        assertEquals(0.3, number(b, "efficiency"), 1e-15);
        assertEquals(0.75, number(b, "carnotEfficiency"), 1e-15);
    }

    @Test
    void noRegimeWithoutTwoTemperatures() {
        Interval i = Runs.interval(5.0, 0.0, Map.of("bath", 0.2));
        ResultBlock b = analyze(new RunRecord(false, false, 1, true, i, i, Runs.reservoirs("bath", Bath.at(1.0)), null,
                null));
        assertNull(b.values().get("regime"));
        assertTrue(b.values().containsKey("regime"));
        assertTrue(Double.isNaN(number(b, "carnotEfficiency")));
        assertTrue(Double.isNaN(number(b, "efficiency")));
        assertEquals(0.0, number(b, "power"));
    }

    @Test
    void zeroDurationHasNoPowerCurrentsOrRegime() {
        Interval i = Runs.interval(0.0, 0.0, Map.of("hot", 0.0, "cold", 0.0));
        ResultBlock b = analyze(new RunRecord(false, false, 1, true, i, i,
                Runs.reservoirs("hot", Bath.at(4.0), "cold", Bath.at(1.0)), null, null));
        assertTrue(Double.isNaN(number(b, "power")));
        assertNull(b.values().get("regime"));
        assertEquals(0.75, number(b, "carnotEfficiency"), 1e-15);
        ((Map<?, ?>) b.values().get("heatCurrent")).values().forEach(v -> assertTrue(Double.isNaN((Double) v)));
    }

    @Test
    void particleCurrentsOnlyForLeads() {
        Interval i = new Interval(Runs.state(0, 1, 0, 0), Runs.state(2.0, 1, 0.5, 0), 0.0,
                Map.of("left", 0.3, "right", 0.2), Map.of("left", 1.0, "right", -1.0), 0.0);
        ResultBlock b = analyze(new RunRecord(false, false, 1, true, i, i,
                Runs.reservoirs("left", new Bath(1.0, true), "phonons", Bath.at(1.0), "right", new Bath(1.0, true)),
                null, null));
        assertEquals(Map.of("left", 0.5, "right", -0.5), b.values().get("particleCurrent"));
        assertEquals(Map.of("left", 0.3, "phonons", 0.0, "right", 0.2), b.values().get("heat"));
    }

    @Test
    void warnsWhenTheFirstLawDoesNotClose() {
        Interval closing = Runs.interval(82.0, 0.2, Map.of("hot", 0.5, "cold", -0.3));
        Interval broken = new Interval(closing.start(), Runs.state(82.0, 4.0, closing.end().energy() + 1e-6, 0.3),
                closing.work(), closing.heat(), Map.of(), 0.0);
        ResultBlock b = analyze(Runs.cyclic(broken, HOT_AND_COLD));
        assertEquals(1e-6, number(b, "firstLawResidual"), 1e-12);
        assertEquals(1, b.warnings().size());
        assertTrue(b.warnings().get(0).contains("first law"), b.warnings().get(0));
    }
}
