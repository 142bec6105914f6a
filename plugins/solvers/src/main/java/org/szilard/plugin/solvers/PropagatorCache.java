package org.szilard.plugin.solvers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.szilard.api.solver.MasterEquation;

/**
 * Propagators of segments, kept per (equation instance, duration). The engine builds one equation per segment and
 * hands the same instance to the solver in every cycle, so a cyclic protocol builds each propagator once and then
 * pays one application per segment and cycle. A propagator that costs as much as propagating the state a number of
 * times may be rented first: it is built only once the segment has been asked for that many times without it
 * (so a run pays at most twice what the better choice for its length would have cost). Equations are compared by
 * identity, durations exactly. At most {@value #CAPACITY} segments are kept; the least recently used one goes first.
 * Thread-safe.
 *
 * @param <P> the propagator
 */
final class PropagatorCache<P> {

    /** The number of propagators kept: more than the segments of any cyclic protocol. */
    static final int CAPACITY = 16;

    private final Map<Key, Entry<P>> entries = new LinkedHashMap<>(2 * CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry<P>> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The propagator of {@code equation} over {@code duration}, built by {@code build} on the first request. */
    P get(MasterEquation equation, double duration, Supplier<P> build) {
        return get(equation, duration, 0, build);
    }

    /**
     * The propagator of {@code equation} over {@code duration}, or null for the first {@code rentals} requests (the
     * caller propagates without it then); built by {@code build} at the request after them.
     */
    synchronized P get(MasterEquation equation, double duration, int rentals, Supplier<P> build) {
        Entry<P> entry = entries.computeIfAbsent(new Key(equation, duration), key -> new Entry<>());
        if (entry.propagator == null) {
            if (entry.requests < rentals) {
                entry.requests++;
                return null;
            }
            entry.propagator = build.get();
        }
        return entry.propagator;
    }

    /** A segment's propagator once built, and how often it was asked for before. */
    private static final class Entry<P> {
        private int requests;
        private P propagator;
    }

    /** An equation instance (by identity) with a duration. */
    private record Key(MasterEquation equation, double duration) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.equation == equation
                    && Double.doubleToLongBits(k.duration) == Double.doubleToLongBits(duration);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(equation) + Double.hashCode(duration);
        }
    }
}
