package org.szilard.cli.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.szilard.kernel.registry.PluginRegistry;

/**
 * docs/scenario-reference.md must be exactly what the shipped plugins say about themselves. After changing a
 * parameter, regenerate it with {@code ./mvnw verify -Dszilard.updateReference=true} (or
 * {@code ./szilard describe > docs/scenario-reference.md}).
 */
class ScenarioReferenceTest {

    private static final Path DOCUMENT = Path.of("../../docs/scenario-reference.md");

    @Test
    void committedReferenceMatchesThePlugins() throws IOException {
        String rendered = ScenarioReference.render(PluginRegistry.discover());
        if (Boolean.getBoolean("szilard.updateReference")) {
            Files.writeString(DOCUMENT, rendered);
        }
        assertTrue(Files.exists(DOCUMENT), "missing " + DOCUMENT.toAbsolutePath());
        assertEquals(rendered, Files.readString(DOCUMENT),
                "docs/scenario-reference.md is out of date: run ./mvnw verify -Dszilard.updateReference=true");
    }

    @Test
    void everyShippedTypeAndParameterIsDocumented() {
        String rendered = ScenarioReference.render(PluginRegistry.discover());
        for (String expected : new String[] {"### `spin` (substance)", "### `bosonic` (reservoir)",
            "### `otto` (protocol)", "### `hold` (protocol)", "### `lindblad` (solver)", "### `energetics` (analyzer)",
            "### `entropy` (analyzer)", "| `durations.compression` |", "| `temperature` | real | energy |",
            "### `thermal`"}) {
            assertTrue(rendered.contains(expected), expected);
        }
    }
}
