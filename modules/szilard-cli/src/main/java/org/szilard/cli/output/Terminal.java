package org.szilard.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error goes to a terminal, where a progress bar may be drawn. */
final class Terminal {

    private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    /**
     * On Linux, whether file descriptor 2 is a terminal device; elsewhere, whether the JVM has a console (standard
     * input and output are a terminal), the closest portable test.
     */
    static boolean standardErrorIsTerminal() {
        try {
            String device = Files.readSymbolicLink(STANDARD_ERROR).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
