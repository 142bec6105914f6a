package org.szilard.plugin.protocols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;

class LandauerProviderTest {

    private static Schedule landauer(TestContext context, Object... keysAndValues) {
        return ProtocolValues.schedule(new LandauerProvider(), context, keysAndValues);
    }

    @Test
    void erasesWithTheOnlyBathAttachedWhileLambdaMoves() {
        Schedule s = landauer(TestContext.withReservoirs("bath"), "from", 0.0, "to", 10.0, "duration", 100.0);
        assertFalse(s.cyclic());
        assertEquals(0.0, s.initialControl());
        assertEquals(1, s.segments().size());
        Segment erasure = s.segments().get(0);
        assertEquals("erasure", erasure.stroke());
        assertEquals(100.0, erasure.duration());
        assertEquals(Set.of("bath"), erasure.reservoirs());
        assertFalse(erasure.control().isConstant());
        assertEquals(5.0, erasure.control().value(50.0), 1e-15);
        assertEquals(0.1, erasure.control().rate(50.0), 1e-15);
    }

    @Test
    void resetReturnsToFromDetachedSuddenlyByDefault() {
        Schedule s = landauer(TestContext.withReservoirs("bath"), "from", 0.5, "to", 10.0, "duration", 100.0,
                "reset", true);
        assertEquals(List.of("erasure", "reset"), s.segments().stream().map(Segment::stroke).toList());
        Segment reset = s.segments().get(1);
        assertEquals(0.0, reset.duration());
        assertEquals(Set.of(), reset.reservoirs());
        assertTrue(reset.control().isConstant());
        assertEquals(0.5, reset.control().value(0.0));
        assertEquals(100.0, s.passDuration());
    }

    @Test
    void resetCanTakeTimeWithTheErasuresShape() {
        Schedule s = landauer(TestContext.withReservoirs("bath"), "from", 0.0, "to", 8.0, "duration", 10.0,
                "reset", true, "resetDuration", 4.0, "shape", "sine");
        Segment erasure = s.segments().get(0);
        Segment reset = s.segments().get(1);
        assertEquals(0.0, erasure.control().rate(0.0), 1e-15);
        assertEquals(8.0, reset.control().value(0.0), 1e-15);
        assertEquals(4.0, reset.control().value(2.0), 1e-15);
        assertEquals(0.0, reset.control().value(4.0), 1e-15);
        assertEquals(14.0, s.passDuration());
    }

    @Test
    void aNamedBathIsUsedAndChecked() {
        TestContext two = TestContext.withReservoirs("hot", "cold");
        Schedule s = landauer(two, "from", 0.0, "to", 5.0, "duration", 1.0, "reservoir", "cold");
        assertEquals(Set.of("cold"), s.segments().get(0).reservoirs());

        var e = assertThrows(InvalidParameterException.class,
                () -> landauer(two, "from", 0.0, "to", 5.0, "duration", 1.0, "reservoir", "warm"));
        assertEquals("reservoir", e.key());
        assertTrue(e.getMessage().contains("warm") && e.getMessage().contains("hot, cold"), e.getMessage());
    }

    @Test
    void withoutANameTheScenarioMustHaveExactlyOneReservoir() {
        var several = assertThrows(InvalidParameterException.class, () -> landauer(
                TestContext.withReservoirs("hot", "cold"), "from", 0.0, "to", 5.0, "duration", 1.0));
        assertEquals("reservoir", several.key());
        assertTrue(several.getMessage().contains("hot, cold"), several.getMessage());

        var none = assertThrows(InvalidParameterException.class, () -> landauer(
                TestContext.withReservoirs(), "from", 0.0, "to", 5.0, "duration", 1.0));
        assertEquals("reservoir", none.key());
        assertTrue(none.getMessage().contains("no reservoirs"), none.getMessage());
    }

    @Test
    void describesItsParameters() {
        var parameters = new LandauerProvider().parameters();
        assertEquals(List.of("from", "to", "duration", "reservoir", "shape", "reset", "resetDuration"),
                parameters.stream().map(p -> p.name()).toList());
        assertFalse(parameters.get(2).inRange(0.0));
        assertFalse(parameters.get(3).required());
        assertEquals("linear", parameters.get(4).defaultValue().orElseThrow());
        assertEquals(false, parameters.get(5).defaultValue().orElseThrow());
        assertEquals(0.0, parameters.get(6).defaultValue().orElseThrow());
        assertTrue(parameters.get(6).inRange(0.0) && !parameters.get(6).inRange(-1.0));
        assertEquals("time", parameters.get(6).unit());
    }
}
