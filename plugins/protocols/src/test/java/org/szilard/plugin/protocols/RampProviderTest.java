package org.szilard.plugin.protocols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.protocol.ProtocolProvider;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;

class RampProviderTest {

    private static final TestContext BATHS = TestContext.withReservoirs("hot", "cold");

    private static Schedule ramp(Object... keysAndValues) {
        return ProtocolValues.schedule(new RampProvider(), BATHS, keysAndValues);
    }

    @Test
    void oneClosedLinearSegmentByDefault() {
        Schedule s = ramp("from", 1.0, "to", 3.0, "duration", 4.0);
        assertFalse(s.cyclic());
        assertFalse(s.steady());
        assertEquals(1.0, s.initialControl());
        assertEquals(4.0, s.passDuration());
        Segment segment = s.segments().get(0);
        assertEquals(1, s.segments().size());
        assertEquals("ramp", segment.stroke());
        assertEquals(Set.of(), segment.reservoirs());
        assertFalse(segment.control().isConstant());
        assertEquals(2.0, segment.control().value(2.0), 1e-15);
        assertEquals(3.0, segment.control().value(4.0), 1e-15);
        assertEquals(0.5, segment.control().rate(1.0), 1e-15);
    }

    @Test
    void sineShapeAndAttachedReservoirs() {
        Segment segment = ramp("from", 0.0, "to", 2.0, "duration", 1.0, "shape", "sine",
                "reservoirs", List.of("cold")).segments().get(0);
        assertEquals(Set.of("cold"), segment.reservoirs());
        assertEquals(0.0, segment.control().rate(0.0), 1e-15);
        assertEquals(1.0, segment.control().value(0.5), 1e-15);
    }

    @Test
    void zeroDurationIsASuddenQuenchPreparedAtFrom() {
        Schedule s = ramp("from", 1.0, "to", 3.0, "duration", 0.0);
        assertEquals(1.0, s.initialControl());
        assertEquals(0.0, s.passDuration());
        assertEquals(List.of("start", "ramp"), s.segments().stream().map(Segment::stroke).toList());
        assertEquals(1.0, s.segments().get(0).control().value(0.0));
        assertEquals(3.0, s.segments().get(1).control().value(0.0));
        assertTrue(s.segments().get(1).control().isConstant());
    }

    @Test
    void rejectsUnknownReservoirs() {
        var e = assertThrows(InvalidParameterException.class,
                () -> ramp("from", 1.0, "to", 3.0, "duration", 1.0, "reservoirs", List.of("warm")));
        assertEquals("reservoirs", e.key());
        assertTrue(e.getMessage().contains("warm") && e.getMessage().contains("hot, cold"), e.getMessage());
    }

    @Test
    void describesItsParameters() {
        var parameters = new RampProvider().parameters();
        assertEquals(List.of("from", "to", "duration", "shape", "reservoirs"),
                parameters.stream().map(p -> p.name()).toList());
        assertTrue(parameters.get(2).inRange(0.0) && !parameters.get(2).inRange(-1.0));
        assertEquals(List.of("linear", "sine"), parameters.get(3).choices());
        assertEquals("linear", parameters.get(3).defaultValue().orElseThrow());
        assertFalse(parameters.get(4).required());
        assertTrue(parameters.get(4).defaultValue().isEmpty());
    }

    @Test
    void theNewProtocolsAreFoundAsServices() {
        List<Class<?>> found = ServiceLoader.load(ProtocolProvider.class).stream()
                .<Class<?>>map(ServiceLoader.Provider::type).toList();
        assertTrue(found.containsAll(List.of(RampProvider.class, CarnotProvider.class, LandauerProvider.class)),
                found.toString());
    }
}
