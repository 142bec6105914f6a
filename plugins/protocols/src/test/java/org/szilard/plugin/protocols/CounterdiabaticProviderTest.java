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
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;

class CounterdiabaticProviderTest {

    private static Map<String, Object> values(String shape) {
        Map<String, Object> v = new HashMap<>();
        v.put("from", 1.0);
        v.put("to", 3.0);
        v.put("duration", 2.0);
        v.put("shape", shape);
        return v;
    }

    private static Schedule schedule(Map<String, Object> values, TestContext context) {
        return new CounterdiabaticProvider().create(new ParameterValues(values), context).schedule();
    }

    @Test
    void oneClosedCounterdiabaticRampPreparedAtFrom() {
        Schedule s = schedule(values("sine"), TestContext.withReservoirs("bath"));
        assertFalse(s.cyclic());
        assertEquals(1.0, s.initialControl());
        assertEquals(1, s.segments().size());
        Segment ramp = s.segments().get(0);
        assertTrue(ramp.counterdiabatic());
        assertEquals(Set.of(), ramp.reservoirs());
        assertEquals(2.0, ramp.duration());
        assertEquals(2.0, ramp.control().value(1.0), 1e-15);
        assertEquals(3.0, ramp.control().value(2.0), 1e-15);
        assertEquals(0.0, ramp.control().rate(0.0), 1e-15);
        assertEquals(0.0, ramp.control().rate(2.0), 1e-15);
    }

    @Test
    void linearShapeAndAttachedReservoirs() {
        Map<String, Object> v = values("linear");
        v.put("reservoirs", List.of("bath"));
        Segment ramp = schedule(v, TestContext.withReservoirs("bath", "other")).segments().get(0);
        assertEquals(Set.of("bath"), ramp.reservoirs());
        assertEquals(1.0, ramp.control().rate(0.0), 1e-15);

        v.put("reservoirs", List.of("sea"));
        var e = assertThrows(InvalidParameterException.class,
                () -> schedule(v, TestContext.withReservoirs("bath")));
        assertEquals("reservoirs", e.key());
    }

    @Test
    void sineIsTheDefaultShapeAndTheDurationMustBePositive() {
        Map<String, Parameter> byName = new HashMap<>();
        new CounterdiabaticProvider().parameters().forEach(p -> byName.put(p.name(), p));
        assertEquals("sine", byName.get("shape").defaultValue().orElseThrow());
        assertFalse(byName.get("duration").inRange(0.0));
        assertTrue(byName.get("duration").inRange(0.1));
        assertFalse(byName.get("reservoirs").required());
        assertTrue(byName.get("from").required() && byName.get("to").required());
    }
}
