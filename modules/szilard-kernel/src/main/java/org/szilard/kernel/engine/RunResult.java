package org.szilard.kernel.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.szilard.api.analyzer.ResultBlock;

/**
 * The outcome of a run, ready to be written: the run summary, one block per analyzer (in the order asked for), and
 * the warnings of the kernel and the analyzers.
 *
 * @param scenario the scenario name
 * @param cycles cycles run (1 for a non-cyclic protocol)
 * @param converged whether the limit cycle was reached (true for non-cyclic protocols)
 * @param simulatedTime the total simulated time
 * @param wallSeconds the wall-clock time of the run
 * @param blocks analyzer results by analyzer type id
 * @param warnings everything the user should know about the numbers
 * @param timeSeries the thinned time series of the run (no rows for a steady run)
 */
public record RunResult(String scenario, int cycles, boolean converged, double simulatedTime, double wallSeconds,
                        Map<String, ResultBlock> blocks, List<String> warnings, TimeSeries timeSeries) {

    public RunResult {
        blocks = Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
        warnings = List.copyOf(warnings);
    }

    /** A result without a time series. */
    public RunResult(String scenario, int cycles, boolean converged, double simulatedTime, double wallSeconds,
                     Map<String, ResultBlock> blocks, List<String> warnings) {
        this(scenario, cycles, converged, simulatedTime, wallSeconds, blocks, warnings, TimeSeries.EMPTY);
    }
}
