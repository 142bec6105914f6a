package org.szilard.api.protocol;

import java.util.Set;

/**
 * One stroke of a protocol: lambda follows {@code control} for {@code duration} while the named reservoirs are
 * attached.
 *
 * @param stroke a label ("hot", "expansion", ...), used in results and time series
 * @param duration the length in time, at least 0
 * @param control lambda over the segment
 * @param reservoirs the names of the attached reservoirs (empty: closed system)
 */
public record Segment(String stroke, double duration, Control control, Set<String> reservoirs) {

    public Segment {
        if (!(duration >= 0.0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("segment duration must be finite and >= 0, got " + duration);
        }
        reservoirs = Set.copyOf(reservoirs);
    }
}
