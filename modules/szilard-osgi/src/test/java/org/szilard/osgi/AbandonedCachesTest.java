package org.szilard.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command's Felix cache is a folder of its own, and the caches of killed commands are removed by the next
 * command; nothing else is touched.
 */
class AbandonedCachesTest {

    @TempDir
    Path temporary;

    @Test
    void onlyCachesOfProcessesThatNoLongerRunAreRemoved() throws IOException {
        Path dead = cache("szilard-felix-" + Long.MAX_VALUE + "-123");
        Path running = cache("szilard-felix-" + ProcessHandle.current().pid() + "-456");
        Path oldStyle = cache("szilard-felix-789");
        Path other = cache("someone-elses-folder");
        Path file = Files.writeString(temporary.resolve("szilard-felix-" + Long.MAX_VALUE + "-file"), "x");

        FelixPlugins.removeAbandoned(temporary);

        assertFalse(Files.exists(dead), "a cache of a process that does not run");
        assertTrue(Files.exists(running.resolve("bundle0/content")), "the cache of a running process");
        assertTrue(Files.exists(oldStyle), "a name without a process id stays (it cannot be told apart)");
        assertTrue(Files.exists(other));
        assertTrue(Files.exists(file), "only folders are caches");
    }

    @Test
    void newCachesAreDistinctOwnerOnlyAndKeptWhileTheirProcessRuns() throws IOException {
        Path first = FelixPlugins.createStorage(temporary);
        Path second = FelixPlugins.createStorage(temporary);

        assertNotEquals(first, second);
        assertTrue(first.getFileName().toString().startsWith("szilard-felix-" + ProcessHandle.current().pid() + "-"));
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(first));
        FelixPlugins.removeAbandoned(temporary);
        assertTrue(Files.isDirectory(first) && Files.isDirectory(second));
    }

    /** A cache-like folder with a file two levels down. */
    private Path cache(String name) throws IOException {
        Path folder = temporary.resolve(name);
        Files.createDirectories(folder.resolve("bundle0"));
        Files.writeString(folder.resolve("bundle0/content"), "jar");
        return folder;
    }
}
