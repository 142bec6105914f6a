package org.szilard.kernel.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.szilard.kernel.dynamics.StateLayout;

/** The ledger sums the counterdiabatic cost of each segment apart from the work and the heat. */
class LedgerCostTest {

    @Test
    void costIsSummedOverSegmentsAndLedgersAndReset() {
        StateLayout layout = new StateLayout(2, 1);
        Ledger cycle = new Ledger(List.of("bath"), new double[1]);
        Ledger whole = new Ledger(List.of("bath"), new double[1]);
        for (double cost : new double[] {0.25, 0.5}) {
            double[] y = new double[layout.size()];
            y[layout.counterdiabaticCost()] = cost;
            y[layout.work()] = 1.0;
            cycle.addSegment(y, layout);
        }
        assertEquals(0.75, cycle.counterdiabaticCost(), 0.0);
        assertEquals(2.0, cycle.interval(null, null).work(), 0.0);
        whole.add(cycle);
        whole.add(cycle);
        assertEquals(1.5, whole.counterdiabaticCost(), 0.0);
        cycle.reset();
        assertEquals(0.0, cycle.counterdiabaticCost(), 0.0);
    }
}
