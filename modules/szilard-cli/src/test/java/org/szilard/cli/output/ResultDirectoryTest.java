package org.szilard.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultDirectoryTest {

    @TempDir
    Path directory;

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void writesTheFileIntoANewDirectoryWithoutLeftovers() throws IOException {
        Path out = directory.resolve("a/b");
        Path written = new ResultDirectory(out).write("result.json", "{}\n");
        assertEquals(out.resolve("result.json"), written);
        assertEquals("{}\n", Files.readString(written));
        new ResultDirectory(out).write("result.json", "{\"again\": 1}\n");
        assertEquals("{\"again\": 1}\n", Files.readString(written));
        assertEquals(List.of(written), list(out));
    }

    @Test
    void aDirectoryThatIsAFileFailsWithAPlainMessage() throws IOException {
        Path file = Files.writeString(directory.resolve("taken"), "x");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new ResultDirectory(file).write("result.json", "{}"));
        assertEquals("cannot write " + file.resolve("result.json") + ": " + file + " exists and is not a directory",
                e.getMessage());
        assertEquals(List.of(file), list(directory));
    }
}
