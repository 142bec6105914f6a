package org.szilard.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    private long now;

    @Test
    void appearsAfterASecondRedrawsAtMostTenTimesASecondAndClearsItsLine() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text), true, () -> now)) {
            bar.progress(0.1, "cycle 1");
            now += SECOND / 2;
            bar.progress(0.2, "cycle 2");
            assertEquals("", text.toString());
            now += SECOND / 2;
            bar.progress(0.5, "cycle 3");
            now += 50_000_000L;
            bar.progress(0.6, "cycle 4");
            now += 60_000_000L;
            bar.progress(1.0, "done");
        }
        String[] draws = text.toString().split("\r", -1);
        assertEquals(5, draws.length, text.toString());
        assertEquals("", draws[0]);
        assertEquals("[###############...............]  50%  cycle 3", draws[1]);
        assertEquals("[##############################] 100%  done   ", draws[2]);
        assertEquals(" ".repeat(draws[2].length()), draws[3]);
        assertEquals("", draws[4]);
    }

    @Test
    void aQuickRunShowsNothing() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text), true, () -> now)) {
            bar.progress(0.5, "cycle 1");
            now += SECOND - 1;
            bar.progress(1.0, "done");
        }
        assertEquals("", text.toString());
    }

    @Test
    void cutsLongMessagesToOneLineAndClampsTheFraction() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text), true, () -> now)) {
            now += SECOND;
            bar.progress(1.7, "x".repeat(200));
        }
        String line = text.toString().split("\r", -1)[1];
        assertEquals(79, line.length());
        assertEquals("[##############################] 100%  xxx", line.substring(0, 42));
    }

    @Test
    void staysSilentWhenNotOnATerminal() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text), false, () -> now)) {
            now += 5 * SECOND;
            bar.progress(0.5, "cycle 1");
        }
        assertEquals("", text.toString());
    }
}
