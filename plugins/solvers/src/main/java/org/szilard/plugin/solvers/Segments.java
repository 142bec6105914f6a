package org.szilard.plugin.solvers;

import org.szilard.api.solver.StepListener;

/** What every solver of this module does first with a segment. */
public final class Segments {

    private Segments() {
    }

    /**
     * Checks the duration and handles the segment of zero duration, over which every generator propagates to the
     * identity: the listener sees the unchanged state once, at s = 0.
     *
     * @return true when there is nothing left to propagate (zero duration)
     * @throws IllegalArgumentException when the duration is negative or not finite
     */
    public static boolean isEmpty(double duration, double[] y, StepListener listener) {
        if (!(duration >= 0.0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("segment duration must be finite and >= 0, got " + duration);
        }
        if (duration == 0.0) {
            listener.step(0.0, y);
            return true;
        }
        return false;
    }
}
