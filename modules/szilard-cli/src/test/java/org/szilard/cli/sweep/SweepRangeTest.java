package org.szilard.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepRangeTest {

    @Test
    void readsKeyAndRangeAndSpacesTheValuesEvenlyWithExactEnds() {
        SweepRange range = SweepRange.parse("protocol.control.hot=0.1:0.7:4");
        assertEquals(new SweepRange("protocol.control.hot", 0.1, 0.7, 4), range);
        double[] values = range.values();
        assertEquals(0.1, values[0], 0.0);
        assertEquals(0.3, values[1], 1e-15);
        assertEquals(0.7, values[3], 0.0);
        assertArrayEquals(new double[] {5, 2.5, 0}, SweepRange.parse("a=5:0:3").values());
    }

    @Test
    void rejectsMalformedRanges() {
        for (String text : List.of("a", "a=1:2", "=1:2:3", "a=1:2:3:4", "a=1:1:3", "a=1:2:0", "a=1:2:2.5",
                "a=nan:2:3", "a=1:2:10001")) {
            assertThrows(IllegalArgumentException.class, () -> SweepRange.parse(text), text);
        }
    }

    @Test
    void gridVariesTheFirstRangeSlowest() {
        List<double[]> points = SweepRunner.points(List.of(SweepRange.parse("a=1:2:2"), SweepRange.parse("b=0:1:3")));
        assertEquals(6, points.size());
        assertArrayEquals(new double[] {1, 0}, points.get(0));
        assertArrayEquals(new double[] {1, 0.5}, points.get(1));
        assertArrayEquals(new double[] {2, 1}, points.get(5));
    }
}
