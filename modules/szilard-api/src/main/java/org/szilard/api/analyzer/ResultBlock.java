package org.szilard.api.analyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the results (for example "energetics"): ordered keys with values that are numbers (NaN is written as
 * null), strings, booleans, null, nested maps or lists, plus warnings for the run's warnings list.
 */
public final class ResultBlock {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /** Adds or replaces a value. */
    public ResultBlock put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    /** Adds a warning that the results carry. */
    public ResultBlock warn(String warning) {
        warnings.add(warning);
        return this;
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }
}
