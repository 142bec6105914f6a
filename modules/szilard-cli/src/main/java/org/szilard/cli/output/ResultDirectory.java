package org.szilard.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The directory a run writes its result files into ({@code --out DIR}), created when needed. Each file is written
 * to a temporary file next to it and then moved into place, so that a failed run never leaves a half-written file.
 * Files get the usual permissions of the user's umask (a temporary file from createTempFile would be private).
 */
public final class ResultDirectory {

    /** The name of the JSON results file. */
    public static final String RESULT_JSON = "result.json";

    /** The name of the time-series file. */
    public static final String TIMESERIES_CSV = "timeseries.csv";

    private final Path directory;

    public ResultDirectory(Path directory) {
        this.directory = directory;
    }

    /**
     * Writes a text file of the directory, in UTF-8.
     *
     * @return the file written
     * @throws UncheckedIOException when the directory or the file cannot be written
     */
    public Path write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a binary file of the directory (a PNG image).
     *
     * @return the file written
     * @throws UncheckedIOException when the directory or the file cannot be written
     */
    public Path write(String name, byte[] content) {
        Path target = directory.resolve(name);
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = directory.resolve("." + name + "-" + ProcessHandle.current().pid() + ".tmp");
            Files.write(temporary, content);
            move(temporary, target);
            return target;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write already failed; that failure is what gets reported
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " exists and is not a directory";
        }
        if (e instanceof FileSystemException problem && problem.getReason() != null) {
            return problem.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
