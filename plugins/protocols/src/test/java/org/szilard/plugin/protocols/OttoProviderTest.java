package org.szilard.plugin.protocols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;

class OttoProviderTest {

    private static final TestContext HOT_AND_COLD = TestContext.withReservoirs("hot", "cold");

    /** The values the loader would hand over for the scenario example, defaults filled in. */
    private static Map<String, Object> example() {
        Map<String, Object> v = new HashMap<>();
        v.put("control", new ParameterValues(Map.of("hot", 4.0, "cold", 2.0)));
        v.put("durations", durations(40.0, 1.0, 40.0, 1.0));
        v.put("maxCycles", 200L);
        v.put("cycleTolerance", 1e-9);
        v.put("hotReservoir", "hot");
        v.put("coldReservoir", "cold");
        v.put("ramp", "linear");
        v.put("counterdiabatic", false);
        return v;
    }

    private static ParameterValues durations(double hot, double expansion, double cold, double compression) {
        return new ParameterValues(Map.of("hot", hot, "expansion", expansion, "cold", cold, "compression",
                compression));
    }

    private static Schedule otto(Map<String, Object> values, TestContext context) {
        return new OttoProvider().create(new ParameterValues(values), context).schedule();
    }

    @Test
    void oneCycleHasTheFourStrokesInOrder() {
        Schedule s = otto(example(), HOT_AND_COLD);
        assertTrue(s.cyclic());
        assertEquals(200, s.maxCycles());
        assertEquals(1e-9, s.cycleTolerance());
        assertEquals(0, s.exactCycles());
        assertEquals(82.0, s.passDuration());
        assertEquals(4.0, s.initialControl());
        List<Segment> seg = s.segments();
        assertEquals(List.of("hot", "expansion", "cold", "compression"), seg.stream().map(Segment::stroke).toList());

        assertEquals(Set.of("hot"), seg.get(0).reservoirs());
        assertTrue(seg.get(0).control().isConstant());
        assertEquals(4.0, seg.get(0).control().value(20.0));

        assertEquals(Set.of(), seg.get(1).reservoirs());
        assertFalse(seg.get(1).control().isConstant());
        assertEquals(4.0, seg.get(1).control().value(0.0));
        assertEquals(3.0, seg.get(1).control().value(0.5), 1e-15);
        assertEquals(2.0, seg.get(1).control().value(1.0), 1e-15);
        assertEquals(-2.0, seg.get(1).control().rate(0.5), 1e-15);

        assertEquals(Set.of("cold"), seg.get(2).reservoirs());
        assertEquals(2.0, seg.get(2).control().value(10.0));

        assertEquals(Set.of(), seg.get(3).reservoirs());
        assertEquals(2.0, seg.get(3).control().value(0.0));
        assertEquals(4.0, seg.get(3).control().value(1.0), 1e-15);
    }

    @Test
    void sineRampsStartAndStopWithZeroSpeed() {
        Map<String, Object> v = example();
        v.put("ramp", "sine");
        Segment expansion = otto(v, HOT_AND_COLD).segments().get(1);
        assertEquals(0.0, expansion.control().rate(0.0), 1e-15);
        assertEquals(0.0, expansion.control().rate(1.0), 1e-15);
        assertEquals(3.0, expansion.control().value(0.5), 1e-15);
    }

    @Test
    void counterdiabaticTermGoesOnTheTwoAdiabatsOnly() {
        assertTrue(otto(example(), HOT_AND_COLD).segments().stream().noneMatch(Segment::counterdiabatic));
        Map<String, Object> v = example();
        v.put("counterdiabatic", true);
        List<Segment> seg = otto(v, HOT_AND_COLD).segments();
        assertEquals(List.of(false, true, false, true), seg.stream().map(Segment::counterdiabatic).toList());
        assertEquals(2.0, seg.get(1).control().value(1.0), 1e-15);
    }

    @Test
    void counterdiabaticStrokesCannotBeSudden() {
        Map<String, Object> v = example();
        v.put("counterdiabatic", true);
        v.put("durations", durations(10.0, 1.0, 10.0, 0.0));
        var e = assertThrows(InvalidParameterException.class, () -> otto(v, HOT_AND_COLD));
        assertEquals("counterdiabatic", e.key());
        assertTrue(e.getMessage().contains("duration 0"), e.getMessage());
    }

    @Test
    void exactCyclesAndRenamedReservoirs() {
        Map<String, Object> v = example();
        v.put("cycles", 3L);
        v.put("hotReservoir", "sun");
        v.put("coldReservoir", "sea");
        Schedule s = otto(v, TestContext.withReservoirs("sea", "sun"));
        assertEquals(3, s.exactCycles());
        assertEquals(Set.of("sun"), s.segments().get(0).reservoirs());
        assertEquals(Set.of("sea"), s.segments().get(2).reservoirs());
    }

    @Test
    void suddenAdiabatsJumpToTheNewControl() {
        Map<String, Object> v = example();
        v.put("durations", durations(10.0, 0.0, 10.0, 0.0));
        List<Segment> seg = otto(v, HOT_AND_COLD).segments();
        assertEquals(0.0, seg.get(1).duration());
        assertEquals(2.0, seg.get(1).control().value(0.0));
        assertEquals(4.0, seg.get(3).control().value(0.0));
    }

    @Test
    void isochoresMustLastLongerThanZeroWhileStrokesMayBeSudden() {
        var durations = new OttoProvider().parameters().stream().filter(p -> p.name().equals("durations"))
                .findFirst().orElseThrow().members();
        for (var stroke : durations) {
            boolean isochore = stroke.name().equals("hot") || stroke.name().equals("cold");
            assertEquals(!isochore, stroke.inRange(0.0), stroke.name());
            assertTrue(stroke.inRange(1.0) && !stroke.inRange(-1.0), stroke.name());
        }
    }

    @Test
    void defaultReservoirNamesMustExistToo() {
        var e = assertThrows(InvalidParameterException.class,
                () -> otto(example(), TestContext.withReservoirs("a", "b")));
        assertEquals("hotReservoir", e.key());
        assertTrue(e.getMessage().contains("a, b"), e.getMessage());

        Map<String, Object> v = example();
        v.put("coldReservoir", "ice");
        var e2 = assertThrows(InvalidParameterException.class, () -> otto(v, HOT_AND_COLD));
        assertEquals("coldReservoir", e2.key());
        assertTrue(e2.getMessage().contains("ice"), e2.getMessage());
    }

    @Test
    void declaresDefaultsAndRanges() {
        Map<String, Object> defaults = new HashMap<>();
        new OttoProvider().parameters().forEach(p -> p.defaultValue().ifPresent(d -> defaults.put(p.name(), d)));
        assertEquals(Map.of("maxCycles", 200L, "cycleTolerance", 1e-9, "hotReservoir", "hot",
                "coldReservoir", "cold", "ramp", "linear", "counterdiabatic", false), defaults);
        var cycles = new OttoProvider().parameters().stream().filter(p -> p.name().equals("cycles")).findFirst()
                .orElseThrow();
        assertFalse(cycles.required());
        assertFalse(cycles.inRange(0));
    }
}
