package org.szilard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The steps the commands that run scenarios ({@code run}, {@code sweep}) take before they start. */
final class CommandSetup {

    private CommandSetup() {
    }

    /**
     * Rejects an {@code --out} path that exists and is not a directory, before any work is done.
     *
     * @param out the option's value, or null when it was not given
     */
    static void checkOutDirectory(CommandSpec spec, Path out) {
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": exists and is not a directory");
        }
    }

    /**
     * The installed plugins as the chosen runtime loads them, with the problems found while discovering them
     * reported on {@code err}.
     */
    static Installation installation(Szilard szilard, PluginRuntime runtime, PrintWriter err) {
        Installation installation = szilard.installation(runtime);
        installation.registry().problems().forEach(problem -> Diagnostics.warn(err, problem));
        return installation;
    }
}
