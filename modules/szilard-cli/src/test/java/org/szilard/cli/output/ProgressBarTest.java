package org.szilard.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private long now;

    @Test
    void redrawsAtMostTenTimesASecondAndClearsItsLine() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text), true, () -> now)) {
            bar.progress(0.5, "cycle 1");
            now += 50_000_000L;
            bar.progress(0.6, "cycle 2");
            now += 60_000_000L;
            bar.progress(1.0, "done");
        }
        String[] draws = text.toString().split("\r", -1);
        assertEquals("", draws[0]);
        assertEquals("[###############...............]  50%  cycle 1", draws[1]);
        assertEquals("[##############################] 100%  done   ", draws[2]);
        assertEquals(" ".repeat(draws[2].length()), draws[3]);
        assertEquals("", draws[4]);
    }

    @Test
    void staysSilentWhenNotOnATerminal() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text), false, () -> now)) {
            bar.progress(0.5, "cycle 1");
        }
        assertEquals("", text.toString());
    }
}
