package org.szilard.plugin.protocols;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;

class CarnotProviderTest {

    private static final TestContext HOT_AND_COLD = TestContext.withReservoirs("hot", "cold");

    private static ParameterValues durations(double hot, double expansion, double cold, double compression) {
        return new ParameterValues(Map.of("hot", hot, "expansion", expansion, "cold", cold, "compression",
                compression));
    }

    private static Map<String, Object> example(List<Double> control) {
        return ProtocolValues.withDefaults(new CarnotProvider(), "control", control,
                "durations", durations(50.0, 1.0, 40.0, 2.0));
    }

    private static Schedule carnot(Map<String, Object> values) {
        return ProtocolValues.schedule(new CarnotProvider(), values, HOT_AND_COLD);
    }

    /** lambda at the start and end of each stroke. */
    private static double[] corners(Schedule s) {
        return s.segments().stream().flatMapToDouble(g -> DoubleStream.of(
                g.control().value(0.0), g.control().value(g.duration()))).toArray();
    }

    @Test
    void fourStrokesMoveLambdaAroundTheCornersWithTheBathsOnTheIsotherms() {
        Schedule s = carnot(example(List.of(4.0, 2.0, 1.0, 2.0)));
        assertTrue(s.cyclic());
        assertEquals(200, s.maxCycles());
        assertEquals(1e-9, s.cycleTolerance());
        assertEquals(0, s.exactCycles());
        assertEquals(93.0, s.passDuration());
        assertEquals(4.0, s.initialControl());
        List<Segment> seg = s.segments();
        assertEquals(List.of("hot", "expansion", "cold", "compression"), seg.stream().map(Segment::stroke).toList());
        assertEquals(List.of(Set.of("hot"), Set.of(), Set.of("cold"), Set.of()),
                seg.stream().map(Segment::reservoirs).toList());
        assertArrayEquals(new double[] {4, 2, 2, 1, 1, 2, 2, 4}, corners(s), 1e-15);
        assertTrue(seg.stream().noneMatch(g -> g.control().isConstant()));
        // linear by default: the hot isotherm moves at (2 - 4) / 50
        assertEquals(-0.04, seg.get(0).control().rate(10.0), 1e-15);
        assertEquals(3.0, seg.get(0).control().value(25.0), 1e-15);
    }

    @Test
    void sineRampsAndSuddenAdiabats() {
        Map<String, Object> v = example(List.of(4.0, 2.0, 1.0, 2.0));
        v.put("ramp", "sine");
        v.put("durations", durations(10.0, 0.0, 10.0, 0.0));
        List<Segment> seg = carnot(v).segments();
        assertEquals(0.0, seg.get(0).control().rate(0.0), 1e-15);
        assertEquals(0.0, seg.get(2).control().rate(10.0), 1e-15);
        // a sudden adiabat holds its end value, so the engine books the jump as quench work
        assertEquals(0.0, seg.get(1).duration());
        assertEquals(1.0, seg.get(1).control().value(0.0));
        assertEquals(4.0, seg.get(3).control().value(0.0));
    }

    @Test
    void twoValuesAreCompletedWithTheTemperatureRatio() {
        Map<String, Object> v = example(List.of(4.0, 3.0));
        v.put("hotReservoir", "sun");
        v.put("coldReservoir", "sea");
        Schedule s = ProtocolValues.schedule(new CarnotProvider(), v,
                TestContext.withTemperatures(Map.of("sun", 5.0, "sea", 2.0)));
        assertArrayEquals(new double[] {4, 3, 3, 1.2, 1.2, 1.6, 1.6, 4}, corners(s), 1e-15);
        assertEquals(Set.of("sun"), s.segments().get(0).reservoirs());
        assertEquals(Set.of("sea"), s.segments().get(2).reservoirs());
    }

    @Test
    void twoValuesNeedTheTemperatures() {
        var e = assertThrows(InvalidParameterException.class, () -> carnot(example(List.of(4.0, 2.0))));
        assertEquals("control", e.key());
        assertTrue(e.getMessage().contains("[l1, l2, l3, l4]"), e.getMessage());

        var e2 = assertThrows(InvalidParameterException.class, () -> ProtocolValues.schedule(new CarnotProvider(),
                example(List.of(4.0, 2.0)), TestContext.withTemperatures(Map.of("hot", 0.0, "cold", 0.0))));
        assertEquals("control", e2.key());
    }

    @Test
    void controlMustHaveTwoOrFourValues() {
        for (List<Double> control : List.of(List.<Double>of(), List.of(1.0), List.of(1.0, 2.0, 3.0),
                List.of(1.0, 2.0, 3.0, 4.0, 5.0))) {
            var e = assertThrows(InvalidParameterException.class, () -> carnot(example(control)));
            assertEquals("control", e.key());
            assertTrue(e.getMessage().contains(control.size() + " values"), e.getMessage());
        }
    }

    @Test
    void exactCyclesAndReservoirNamesAreCheckedLikeOtto() {
        Map<String, Object> v = example(List.of(4.0, 2.0, 1.0, 2.0));
        v.put("cycles", 3L);
        assertEquals(3, carnot(v).exactCycles());

        var e = assertThrows(InvalidParameterException.class, () -> ProtocolValues.schedule(new CarnotProvider(),
                example(List.of(4.0, 2.0, 1.0, 2.0)), TestContext.withReservoirs("a", "b")));
        assertEquals("hotReservoir", e.key());
        assertTrue(e.getMessage().contains("a, b"), e.getMessage());
    }

    @Test
    void isothermsMustLastLongerThanZeroWhileAdiabatsMayBeSudden() {
        List<Parameter> strokes = parameter("durations").members();
        assertEquals(List.of("hot", "expansion", "cold", "compression"), strokes.stream().map(Parameter::name)
                .toList());
        for (Parameter stroke : strokes) {
            boolean isotherm = stroke.name().equals("hot") || stroke.name().equals("cold");
            assertEquals(!isotherm, stroke.inRange(0.0), stroke.name());
            assertTrue(stroke.inRange(1.0) && !stroke.inRange(-1.0), stroke.name());
            assertEquals("time", stroke.unit());
        }
        assertEquals("energy", parameter("control").unit());
    }

    @Test
    void sharesTheCycleParametersWithOtto() {
        Map<String, Object> defaults = new HashMap<>();
        new CarnotProvider().parameters().forEach(p -> p.defaultValue().ifPresent(d -> defaults.put(p.name(), d)));
        assertEquals(Map.of("maxCycles", 200L, "cycleTolerance", 1e-9, "hotReservoir", "hot",
                "coldReservoir", "cold", "ramp", "linear"), defaults);
        for (String name : List.of("maxCycles", "cycleTolerance", "cycles")) {
            Parameter otto = new OttoProvider().parameters().stream().filter(p -> p.name().equals(name))
                    .findFirst().orElseThrow();
            Parameter carnot = parameter(name);
            assertEquals(List.of(otto.type(), otto.doc(), otto.unit(), otto.defaultValue(), otto.rangeText()),
                    List.of(carnot.type(), carnot.doc(), carnot.unit(), carnot.defaultValue(), carnot.rangeText()),
                    name);
        }
        assertFalse(parameter("cycles").required());
    }

    private static Parameter parameter(String name) {
        return new CarnotProvider().parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
