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
 * @param counterdiabatic whether the counterdiabatic term lambda'(t) A(lambda) (A the adiabatic gauge potential,
 *                        built from the instantaneous eigenvectors) is added to H, so that the state follows the
 *                        instantaneous eigenbasis however fast lambda moves
 */
public record Segment(String stroke, double duration, Control control, Set<String> reservoirs,
                      boolean counterdiabatic) {

    public Segment {
        if (!(duration >= 0.0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("segment duration must be finite and >= 0, got " + duration);
        }
        reservoirs = Set.copyOf(reservoirs);
    }

    /** A segment without counterdiabatic driving. */
    public Segment(String stroke, double duration, Control control, Set<String> reservoirs) {
        this(stroke, duration, control, reservoirs, false);
    }
}
