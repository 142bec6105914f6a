package org.szilard.cli.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one point of a sweep.
 *
 * @param coordinates the swept values, one per range
 * @param results the run's result columns ({@link ResultColumns}); empty when the run failed
 * @param problem why the run failed (the solver or a numerical check), or null
 */
public record PointResult(double[] coordinates, Map<String, Object> results, String problem) {

    public PointResult {
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }
}
