package org.szilard.kernel.engine;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Turns the engine's position (simulated time, cycle) into progress reports: the fraction of the longest possible run
 * done (all {@code cycleLimit} passes through the schedule) and a message, "cycle 3 (at most 200)" for a cyclic
 * protocol, "simulated time 12.5 of 40" for a once-through one. Reports during a pass come at most every 50 ms of
 * wall-clock time, so that calling {@link #at} after every solver step costs next to nothing.
 */
final class RunProgress {

    private static final long INTERVAL_NANOS = 50_000_000L;

    private final ProgressListener listener;
    private final boolean cyclic;
    private final boolean exactCycles;
    private final int cycleLimit;
    private final double passDuration;
    private final LongSupplier nanoClock;
    private long lastReport;
    private boolean reported;

    /**
     * @param listener where the reports go
     * @param cyclic whether the schedule is repeated
     * @param exactCycles whether exactly {@code cycleLimit} cycles run (else at most that many)
     * @param cycleLimit the number of passes at most (1 for a once-through schedule)
     * @param passDuration the duration of one pass through the schedule
     * @param nanoClock the wall clock
     */
    RunProgress(ProgressListener listener, boolean cyclic, boolean exactCycles, int cycleLimit, double passDuration,
                LongSupplier nanoClock) {
        this.listener = listener;
        this.cyclic = cyclic;
        this.exactCycles = exactCycles;
        this.cycleLimit = cycleLimit;
        this.passDuration = passDuration;
        this.nanoClock = nanoClock;
    }

    /** Reports the position after a solver step, unless the last report was less than 50 ms ago. */
    void at(int cycle, double time) {
        long now = nanoClock.getAsLong();
        if (reported && now - lastReport < INTERVAL_NANOS) {
            return;
        }
        reported = true;
        lastReport = now;
        report(cycle, time);
    }

    /** Reports the end of a cycle, always. */
    void cycleDone(int cycle) {
        report(cycle, cycle * passDuration);
    }

    private void report(int cycle, double time) {
        double total = cycleLimit * passDuration;
        double fraction = total > 0 ? Math.min(1.0, time / total) : 0.0;
        String message = cyclic
                ? "cycle " + cycle + (exactCycles ? " of " + cycleLimit : " (at most " + cycleLimit + ")")
                : String.format(Locale.ROOT, "simulated time %.4g of %.4g", time, total);
        listener.progress(fraction, message);
    }
}
