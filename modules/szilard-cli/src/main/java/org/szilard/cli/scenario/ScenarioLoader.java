package org.szilard.cli.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.szilard.kernel.registry.PluginRegistry;

/**
 * Loads a scenario file, YAML or JSON (a {@code .json} name or content starting with '{'), and validates it
 * against the installed plugins. Every problem is a {@link ScenarioException} naming the file, line, column and key.
 */
public final class ScenarioLoader {

    private final PluginRegistry registry;

    public ScenarioLoader(PluginRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param file the scenario file; messages name it as given
     * @throws ScenarioException when the file cannot be read, is malformed or is not a valid scenario
     */
    public LoadedScenario load(Path file) {
        return template(file).with(Map.of());
    }

    /**
     * Reads a scenario file without validating it, so that values can be replaced first.
     *
     * @param file the scenario file; messages name it as given
     * @throws ScenarioException when the file cannot be read or is malformed
     */
    public ScenarioTemplate template(Path file) {
        String source = file.toString();
        String text = read(file, source);
        String fileName = file.getFileName() == null ? source : file.getFileName().toString();
        return new ScenarioTemplate(source, TreeReader.read(source, text, isJson(fileName, text)), baseName(fileName),
                registry);
    }

    /** Loads scenario text that did not come from a file of its own. */
    LoadedScenario load(String source, String text, boolean json, String defaultName) {
        return new ScenarioTemplate(source, TreeReader.read(source, text, json), defaultName, registry).with(Map.of());
    }

    private static String read(Path file, String source) {
        if (Files.isDirectory(file)) {
            throw new ScenarioException(source, null, "", "is a directory, not a scenario file");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new ScenarioException(source, null, "", "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(source, null, "", "cannot read the file: permission denied");
        } catch (CharacterCodingException e) {
            throw new ScenarioException(source, null, "", "cannot read the file: it is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(source, null, "", "cannot read the file: " + e.getMessage());
        }
    }

    private static boolean isJson(String fileName, String text) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
