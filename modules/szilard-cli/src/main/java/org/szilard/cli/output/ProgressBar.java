package org.szilard.cli.output;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.szilard.kernel.engine.ProgressListener;

/**
 * A one-line progress bar on standard error for runs that take a while: it appears only once a second has passed
 * since it was created (a quick run shows nothing), is redrawn at most ten times a second and is cleared when
 * closed. It stays silent when standard error is not a terminal, so logs and pipes never see it; standard output,
 * where --json writes, is never touched.
 */
public final class ProgressBar implements ProgressListener, AutoCloseable {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;
    private static final int LINE_WIDTH = 79;

    private final PrintWriter err;
    private final boolean visible;
    private final LongSupplier nanoClock;
    private final long created;
    private long lastDraw;
    private int drawnLength;

    ProgressBar(PrintWriter err, boolean visible, LongSupplier nanoClock) {
        this.err = err;
        this.visible = visible;
        this.nanoClock = nanoClock;
        this.created = nanoClock.getAsLong();
    }

    /** A bar drawn on {@code err} when standard error is a terminal. */
    public static ProgressBar onStandardError(PrintWriter err) {
        return new ProgressBar(err, Terminal.standardErrorIsTerminal(), System::nanoTime);
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        if (!visible) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (now - created < SHOW_AFTER_NANOS || drawnLength > 0 && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        draw(Math.max(0, Math.min(1, Double.isNaN(fraction) ? 0 : fraction)), message == null ? "" : message);
    }

    private void draw(double fraction, String message) {
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        String line = "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", Math.round(fraction * 100)) + "  " + message;
        if (line.length() > LINE_WIDTH) {
            line = line.substring(0, LINE_WIDTH);
        }
        String padding = " ".repeat(Math.max(0, drawnLength - line.length()));
        err.print("\r" + line + padding);
        err.flush();
        drawnLength = line.length() + padding.length();
    }

    /** Clears the bar's line. */
    @Override
    public synchronized void close() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }
}
