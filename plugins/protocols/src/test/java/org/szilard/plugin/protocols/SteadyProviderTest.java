package org.szilard.plugin.protocols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.protocol.ProtocolProvider;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;

class SteadyProviderTest {

    private static Schedule steady(Map<String, Object> values, TestContext context) {
        return new SteadyProvider().create(new ParameterValues(values), context).schedule();
    }

    @Test
    void isASteadyScheduleWithAllReservoirsByDefault() {
        Schedule s = steady(Map.of("control", 1.5), TestContext.withReservoirs("hot", "cold"));
        assertTrue(s.steady());
        assertFalse(s.cyclic());
        assertEquals(1, s.segments().size());
        Segment segment = s.segments().get(0);
        assertEquals("steady", segment.stroke());
        assertEquals(Set.of("hot", "cold"), segment.reservoirs());
        assertTrue(segment.control().isConstant());
        assertEquals(1.5, segment.control().value(0.0));
        assertEquals(0.0, segment.control().rate(2.0));
        assertEquals(1.5, s.initialControl());
    }

    @Test
    void attachesOnlyTheListedReservoirs() {
        Schedule s = steady(Map.of("control", 1.0, "reservoirs", List.of("cold")),
                TestContext.withReservoirs("hot", "cold"));
        assertEquals(Set.of("cold"), s.segments().get(0).reservoirs());
    }

    @Test
    void rejectsUnknownReservoirsNamingTheDefinedOnes() {
        var e = assertThrows(InvalidParameterException.class,
                () -> steady(Map.of("control", 1.0, "reservoirs", List.of("hot", "warm")),
                        TestContext.withReservoirs("hot", "cold")));
        assertEquals("reservoirs", e.key());
        assertTrue(e.getMessage().contains("'warm'") && e.getMessage().contains("hot, cold"), e.getMessage());
    }

    @Test
    void describesItsParameters() {
        var provider = new SteadyProvider();
        assertEquals("steady", provider.type());
        var parameters = provider.parameters();
        assertEquals(List.of("control", "reservoirs"), parameters.stream().map(p -> p.name()).toList());
        assertTrue(parameters.get(0).required());
        assertFalse(parameters.get(1).required());
    }

    @Test
    void isFoundAsAService() {
        assertTrue(ServiceLoader.load(ProtocolProvider.class).stream()
                .anyMatch(p -> p.type() == SteadyProvider.class), "steady provider not registered");
    }
}
