package org.szilard.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.szilard.cli.plot.MapChart;
import org.szilard.cli.testing.SampleResults;

class SweepTableTest {

    private static final List<SweepRange> RANGES = List.of(SweepRange.parse("a=1:2:2"), SweepRange.parse("b=0:1:2"));

    private static PointResult point(double a, double b, double work, String regime) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("energetics.work", work);
        results.put("energetics.regime", regime);
        results.put("run.converged", true);
        return new PointResult(new double[] {a, b}, results, null);
    }

    private static SweepTable table() {
        return new SweepTable(RANGES, List.of(point(1, 0, 0.5, "engine"), point(1, 1, -0.5, "refrigerator"),
                point(2, 0, 0.25, null), new PointResult(new double[] {2, 1}, Map.of(), "the solver failed: x, y")));
    }

    @Test
    void resultColumnsPutTheMainEnergeticsFirstAndLeaveListsOut() {
        Map<String, Object> columns = ResultColumns.of(SampleResults.otto());
        assertEquals(List.of("energetics.work", "energetics.heat.hot", "energetics.heat.cold",
                "energetics.efficiency", "energetics.power", "energetics.regime", "energetics.cop",
                "energetics.firstLawResidual", "fluctuations.meanWork", "fluctuations.samples",
                "fluctuations.exact", "run.cycles", "run.converged"), List.copyOf(columns.keySet()));
        assertEquals(0.5, columns.get("energetics.heat.hot"));
    }

    @Test
    void csvHasOneRowPerPointAndSaysWhyAPointFailed() {
        assertEquals("""
                a,b,energetics.work,energetics.regime,run.converged,problem
                1,0,0.5,engine,true,
                1,1,-0.5,refrigerator,true,
                2,0,0.25,,true,
                2,1,,,,"the solver failed: x, y"
                """, table().toCsv());
        assertEquals(1, table().failures().size());
    }

    @Test
    void quantityNamesAResultColumnOrTheEndOfOne() {
        assertEquals("energetics.work", table().resolve("work"));
        assertEquals("energetics.work", table().resolve("energetics.work"));
        assertThrows(IllegalArgumentException.class, () -> table().resolve("regime"));
        assertThrows(IllegalArgumentException.class, () -> table().resolve("heat"));
    }

    @Test
    void theFirstPointRejectsOnlyWhatNoLaterPointCouldMakeANumber() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("energetics.work", -0.5);
        first.put("energetics.efficiency", null); // no engine at this point; another may be one
        first.put("energetics.regime", "refrigerator");
        SweepTable early = new SweepTable(RANGES, List.of(new PointResult(new double[] {1, 0}, first, null)));
        assertEquals("energetics.efficiency", early.resolveEarly("efficiency"));
        assertEquals("energetics.work", early.resolveEarly("work"));
        assertThrows(IllegalArgumentException.class, () -> early.resolveEarly("regime"));
        assertThrows(IllegalArgumentException.class, () -> early.resolveEarly("power"));
        assertThrows(IllegalArgumentException.class, () -> early.resolve("efficiency"), "no number at all yet");
    }

    @Test
    void mapsPlaceEachPointInItsCellAndRegimesAsCategories() {
        List<MapChart> maps = SweepCharts.maps(table(), "energetics.work");
        MapChart work = maps.get(0);
        assertArrayEquals(new double[] {1, 2}, work.x());
        assertArrayEquals(new double[] {0, 1}, work.y());
        assertArrayEquals(new double[] {0.5, -0.5}, work.values()[0]);
        assertArrayEquals(new double[] {0.25, Double.NaN}, work.values()[1]);
        MapChart regime = maps.get(1);
        assertEquals(SweepCharts.REGIME, regime.file());
        assertEquals(SweepCharts.REGIMES, regime.categories());
        assertArrayEquals(new double[] {0, 1}, regime.values()[0]);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, regime.values()[1]);
    }
}
