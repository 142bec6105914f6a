package org.szilard.plugin.solvers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.szilard.api.solver.MasterEquation;

/**
 * Propagators of constant segments, kept per (equation instance, duration). The engine builds one equation per
 * segment and hands the same instance to the solver in every cycle, so a cyclic protocol builds each propagator
 * once and then pays one application per segment and cycle. Equations are compared by identity, durations exactly.
 * At most {@value #CAPACITY} propagators are kept; the least recently used one goes first. Thread-safe.
 *
 * @param <P> the propagator
 */
final class PropagatorCache<P> {

    /** The number of propagators kept: more than the segments of any cyclic protocol. */
    static final int CAPACITY = 16;

    private final Map<Key, P> entries = new LinkedHashMap<>(2 * CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, P> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The propagator of {@code equation} over {@code duration}, built by {@code build} on the first request. */
    synchronized P get(MasterEquation equation, double duration, Supplier<P> build) {
        Key key = new Key(equation, duration);
        P propagator = entries.get(key);
        if (propagator == null) {
            propagator = build.get();
            entries.put(key, propagator);
        }
        return propagator;
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
