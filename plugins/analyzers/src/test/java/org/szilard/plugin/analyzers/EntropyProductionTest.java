package org.szilard.plugin.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.analyzer.StateRecord;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.plugin.analyzers.Runs.Bath;

class EntropyProductionTest {

    private static ResultBlock analyze(RunRecord run) {
        return new EntropyProvider().create(ParameterValues.empty(), null).finish(run);
    }

    /** Analyzes a non-cyclic run from entropy s0 to s1 exchanging the given heats (energies balance). */
    private static ResultBlock run(double s0, double s1, Map<String, Double> heat, Map<String, Reservoir> reservoirs) {
        double total = heat.values().stream().mapToDouble(Double::doubleValue).sum();
        StateRecord start = Runs.state(0.0, 2.0, -0.5, s0);
        StateRecord end = Runs.state(10.0, 2.0, -0.5 + total, s1);
        Interval whole = new Interval(start, end, 0.0, heat, Map.of(), 0.0);
        return analyze(new RunRecord(false, false, 1, true, whole, whole, reservoirs, null, null));
    }

    private static double number(ResultBlock block, String key) {
        return (Double) block.values().get(key);
    }

    @Test
    void spohnProductionSubtractsTheEntropyFlowIntoEachBath() {
        ResultBlock b = run(0.3, 0.4, Map.of("hot", 0.8, "cold", -0.5),
                Runs.reservoirs("hot", Bath.at(4.0), "cold", Bath.at(1.0)));
        assertEquals(List.of("initial", "final", "production"), List.copyOf(b.values().keySet()));
        assertEquals(0.3, number(b, "initial"));
        assertEquals(0.4, number(b, "final"));
        assertEquals(0.1 - 0.8 / 4.0 + 0.5 / 1.0, number(b, "production"), 1e-15);
        assertEquals(List.of(), b.warnings());
    }

    @Test
    void productionOfACycleIsTakenOverTheLastCycle() {
        StateRecord start = Runs.state(0.0, 4.0, -1.0, 0.0);
        StateRecord cycleStart = Runs.state(800.0, 4.0, -0.9, 0.5);
        StateRecord end = Runs.state(882.0, 4.0, -0.9, 0.5);
        Map<String, Double> heat = Map.of("hot", 0.5, "cold", -0.3);
        Interval last = new Interval(cycleStart, end, 0.2, heat, Map.of(), 0.0);
        Interval whole = new Interval(start, end, 2.0, Map.of("hot", 5.0, "cold", -2.9), Map.of(), 0.0);
        ResultBlock b = analyze(new RunRecord(true, false, 10, true, whole, last,
                Runs.reservoirs("hot", Bath.at(4.0), "cold", Bath.at(1.0)), null, null));
        assertEquals(0.0, number(b, "initial"));
        assertEquals(0.5, number(b, "final"));
        assertEquals(-0.5 / 4.0 + 0.3, number(b, "production"), 1e-15);
    }

    @Test
    void negativeProductionIsReportedAsASecondLawViolation() {
        ResultBlock b = run(0.2, 0.2, Map.of("hot", 1.0, "cold", -0.1),
                Runs.reservoirs("hot", Bath.at(4.0), "cold", Bath.at(1.0)));
        assertEquals(-0.15, number(b, "production"), 1e-15);
        assertEquals(1, b.warnings().size());
        assertTrue(b.warnings().get(0).contains("second law is violated") && b.warnings().get(0).contains("-0.15"),
                b.warnings().get(0));
    }

    @Test
    void zeroTemperatureBathWithHeatMakesProductionInfinite() {
        ResultBlock b = run(0.5, 0.0, Map.of("bath", -0.3), Runs.reservoirs("bath", Bath.at(0.0)));
        assertTrue(Double.isNaN(number(b, "production")));
        assertEquals(1, b.warnings().size());
        assertTrue(b.warnings().get(0).contains("+infinite"), b.warnings().get(0));
    }

    @Test
    void zeroTemperatureBathWithoutHeatContributesNothing() {
        ResultBlock b = run(0.1, 0.3, Map.of("idle", 0.0, "bath", 0.2),
                Runs.reservoirs("idle", Bath.at(0.0), "bath", Bath.at(2.0)));
        assertEquals(0.2 - 0.1, number(b, "production"), 1e-15);
        assertEquals(List.of(), b.warnings());
    }
}
