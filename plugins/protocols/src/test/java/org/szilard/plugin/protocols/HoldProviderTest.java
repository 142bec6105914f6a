package org.szilard.plugin.protocols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;

class HoldProviderTest {

    private static Schedule hold(Map<String, Object> values, TestContext context) {
        return new HoldProvider().create(new ParameterValues(values), context).schedule();
    }

    @Test
    void attachesAllReservoirsByDefault() {
        Schedule s = hold(Map.of("control", 2.0, "duration", 5.0), TestContext.withReservoirs("hot", "cold"));
        assertFalse(s.cyclic());
        assertEquals(1, s.segments().size());
        Segment segment = s.segments().get(0);
        assertEquals("hold", segment.stroke());
        assertEquals(5.0, segment.duration());
        assertEquals(Set.of("hot", "cold"), segment.reservoirs());
        assertTrue(segment.control().isConstant());
        assertEquals(2.0, segment.control().value(3.0));
        assertEquals(0.0, segment.control().rate(3.0));
        assertEquals(2.0, s.initialControl());
    }

    @Test
    void attachesOnlyTheListedReservoirsAndAllowsZeroDuration() {
        Schedule s = hold(Map.of("control", 1.0, "duration", 0.0, "reservoirs", List.of("cold")),
                TestContext.withReservoirs("hot", "cold"));
        assertEquals(Set.of("cold"), s.segments().get(0).reservoirs());
        assertEquals(0.0, s.passDuration());
    }

    @Test
    void anEmptyListGivesAClosedSystem() {
        Schedule s = hold(Map.of("control", 1.0, "duration", 1.0, "reservoirs", List.of()),
                TestContext.withReservoirs("bath"));
        assertEquals(Set.of(), s.segments().get(0).reservoirs());
    }

    @Test
    void rejectsUnknownReservoirsNamingTheDefinedOnes() {
        var e = assertThrows(InvalidParameterException.class,
                () -> hold(Map.of("control", 1.0, "duration", 1.0, "reservoirs", List.of("warm")),
                        TestContext.withReservoirs("hot", "cold")));
        assertEquals("reservoirs", e.key());
        assertTrue(e.getMessage().contains("warm") && e.getMessage().contains("hot, cold"), e.getMessage());
    }

    @Test
    void describesItsParameters() {
        var parameters = new HoldProvider().parameters();
        assertEquals(List.of("control", "duration", "reservoirs"), parameters.stream().map(p -> p.name()).toList());
        assertTrue(parameters.get(0).required());
        assertTrue(parameters.get(1).required());
        assertFalse(parameters.get(1).inRange(-1.0));
        assertTrue(parameters.get(1).inRange(0.0));
        assertFalse(parameters.get(2).required());
    }
}
