package org.szilard.plugin.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.testkit.PluginTests.MATH;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.szilard.api.analyzer.ClosedProcess;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.operator.Operator;

/** The {@code fluctuations} analyzer on hand-built closed processes (the identity map on a fixed H). */
class FluctuationsTest {

    /** Levels 0, 0, 1: a degenerate ground space. */
    private static final Operator H = Operator.diagonal(0.0, 0.0, 1.0);

    private static final ClosedProcess IDENTITY = new ClosedProcess() {
        @Override
        public double initialControl() {
            return 1.0;
        }

        @Override
        public double finalControl() {
            return 1.0;
        }

        @Override
        public Operator evolve(Operator rho0) {
            return rho0;
        }

        @Override
        public ClosedProcess reverse() {
            return this;
        }
    };

    private static ResultBlock analyze(Operator rho, double temperature, boolean closed) {
        RunRecord base = Snapshots.ending(rho, H);
        RunRecord run = new RunRecord(false, false, 1, true, base.whole(), base.reported(), Map.of(),
                base.substance(), base.math(), closed ? Optional.of(IDENTITY) : Optional.empty());
        return new Fluctuations(temperature).finish(run);
    }

    @Test
    void holdingStillDoesNoWorkAndInfersTheTemperature() {
        ResultBlock b = analyze(MATH.thermalState(H, 0.7), Double.NaN, true);
        List<?> distribution = (List<?>) b.values().get("distribution");
        assertEquals(List.of(Map.of("work", -1.0, "probability", 0.0), Map.of("work", 0.0, "probability", 1.0),
                Map.of("work", 1.0, "probability", 0.0)), distribution, "every pair (n, m) with p_n > 0 is listed");
        assertEquals(0.0, Snapshots.number(b, "meanWork"));
        assertEquals(0.0, Snapshots.number(b, "jarzynski"), 1e-15);
        assertEquals(0.0, Snapshots.number(b, "freeEnergyDifference"), 1e-15);
        assertEquals(0.0, Snapshots.number(b, "crooksMaxDeviation"), 1e-15);
        assertTrue(b.warnings().isEmpty(), b.warnings().toString());
    }

    @Test
    void aNonGibbsStateNeedsATemperature() {
        ResultBlock b = analyze(Snapshots.pure(1, 0, 1), Double.NaN, true);
        assertTrue(Double.isNaN(Snapshots.number(b, "jarzynski")));
        assertEquals(3, ((List<?>) b.values().get("distribution")).size());
        assertTrue(b.warnings().get(0).contains("not a Gibbs state"), b.warnings().toString());
        ResultBlock given = analyze(Snapshots.pure(1, 0, 1), 1.0, true);
        assertEquals(0.0, Snapshots.number(given, "jarzynski"), 1e-15);
        assertTrue(given.warnings().get(0).contains("need not hold"), given.warnings().toString());
    }

    @Test
    void withoutAClosedProcessTheBlockIsEmpty() {
        ResultBlock b = analyze(MATH.thermalState(H, 1.0), Double.NaN, false);
        assertNull(b.values().get("distribution"));
        assertTrue(Double.isNaN(Snapshots.number(b, "meanWork")));
        assertTrue(b.warnings().get(0).startsWith("fluctuations: no two-point-measurement statistics"));
    }
}
