package org.szilard.kernel.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.RampShape;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.MasterEquation;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/** The jump operators a segment's equation exposes to trajectory solvers, per reservoir in scenario order. */
class SegmentJumpsTest {

    private static OpenSystem system() {
        Map<String, Reservoir> reservoirs = new LinkedHashMap<>();
        reservoirs.put("first", new QubitDecay(0.3));
        reservoirs.put("second", new QubitDecay(0.5));
        return new OpenSystem(new TransverseQubit(0.0), reservoirs, new EjmlQuantumMath());
    }

    @Test
    void everyReservoirHasItsEntryInScenarioOrderEmptyWhenDetached() {
        MasterEquation equation = system().equation(new Segment("hot", 1.0, Control.constant(1.5), Set.of("second"),
                false));
        List<List<JumpOperator>> jumps = equation.jumps(0.2);
        assertEquals(2, jumps.size());
        assertEquals(List.of(), jumps.get(0));
        assertEquals(1, jumps.get(1).size());
        assertEquals(0.5, jumps.get(1).get(0).rate());
        assertEquals(1.5, jumps.get(1).get(0).energy());
        assertSame(jumps, equation.jumps(0.7), "a constant control builds its jumps once");
    }

    @Test
    void aMovingControlGivesTheJumpsOfTheInstantaneousHamiltonian() {
        Control ramp = Control.ramp(1.0, 2.0, 2.0, RampShape.LINEAR);
        MasterEquation equation = system().equation(new Segment("ramp", 2.0, ramp, Set.of("first", "second"),
                false));
        List<List<JumpOperator>> jumps = equation.jumps(1.0);
        assertEquals(ramp.value(1.0), jumps.get(0).get(0).energy(), 1e-14);
        assertEquals(0.3, jumps.get(0).get(0).rate());
        assertEquals(0.5, jumps.get(1).get(0).rate());
    }
}
