package org.szilard.kernel.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    private final List<String> reports = new ArrayList<>();
    private long now;

    private ProgressListener recorder() {
        return (fraction, message) -> reports.add(fraction + " " + message);
    }

    @Test
    void onceThroughRunReportsSimulatedTimeAtMostEvery50Milliseconds() {
        RunProgress progress = new RunProgress(recorder(), false, false, 1, 40.0, () -> now);
        progress.at(1, 10.0);
        now += 10_000_000L;
        progress.at(1, 11.0);
        now += 50_000_000L;
        progress.at(1, 30.0);
        assertEquals(List.of("0.25 simulated time 10.00 of 40.00", "0.75 simulated time 30.00 of 40.00"), reports);
    }

    @Test
    void cyclicRunReportsCyclesAgainstTheLimit() {
        RunProgress atMost = new RunProgress(recorder(), true, false, 200, 82.0, () -> now);
        atMost.at(3, 2.5 * 82.0);
        atMost.cycleDone(3);
        RunProgress exact = new RunProgress(recorder(), true, true, 4, 1.0, () -> now);
        exact.cycleDone(2);
        assertEquals(List.of("0.0125 cycle 3 (at most 200)", "0.015 cycle 3 (at most 200)", "0.5 cycle 2 of 4"),
                reports);
    }
}
