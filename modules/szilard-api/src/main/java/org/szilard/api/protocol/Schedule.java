package org.szilard.api.protocol;

import java.util.List;

/**
 * What a protocol asks the engine to run: a list of segments, run once, or repeated as a cycle; or, for continuous
 * machines, the steady state of a single segment's generator (no time stepping).
 *
 * @param segments the segments in order (one cycle of a cyclic protocol)
 * @param cyclic whether the segments are repeated
 * @param maxCycles the most cycles to run while looking for the limit cycle (cyclic only)
 * @param cycleTolerance trace distance between the states at the starts of two consecutive cycles below which the
 *                       limit cycle counts as reached
 * @param exactCycles when positive, run exactly this many cycles and do not stop at the limit cycle
 * @param steady whether to go straight to the steady state of the single segment's generator
 */
public record Schedule(List<Segment> segments, boolean cyclic, int maxCycles, double cycleTolerance,
                       int exactCycles, boolean steady) {

    public Schedule {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one segment");
        }
        if (steady && (cyclic || segments.size() != 1 || !segments.get(0).control().isConstant())) {
            throw new IllegalArgumentException("a steady schedule has one segment with a constant control");
        }
    }

    /** A cyclic or once-through schedule. */
    public Schedule(List<Segment> segments, boolean cyclic, int maxCycles, double cycleTolerance, int exactCycles) {
        this(segments, cyclic, maxCycles, cycleTolerance, exactCycles, false);
    }

    /** The steady state of one constant-control segment (its duration is ignored). */
    public static Schedule steady(Segment segment) {
        return new Schedule(List.of(segment), false, 1, 0.0, 0, true);
    }

    /** A protocol run once. */
    public static Schedule once(List<Segment> segments) {
        return new Schedule(segments, false, 1, 0.0, 0);
    }

    /** The control value at the very start, where the initial state is prepared. */
    public double initialControl() {
        return segments.get(0).control().value(0.0);
    }

    /** The duration of one pass through the segments. */
    public double passDuration() {
        return segments.stream().mapToDouble(Segment::duration).sum();
    }
}
