package org.szilard.kernel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

class PluginRegistryTest {

    /** A substance provider of a given type id that is never asked to create anything. */
    private static class Substance implements SubstanceProvider {
        private final String type;

        Substance(String type) {
            this.type = type;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public String description() {
            return "test";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class OtherSubstance extends Substance {
        OtherSubstance(String type) {
            super(type);
        }
    }

    @Test
    void ofTwoPluginsWithOneTypeIdTheFirstByNameWinsWhateverTheOrderFound() {
        Substance late = new Substance("spin");
        Substance early = new OtherSubstance("spin");
        PluginRegistry registry = PluginRegistry.builder()
                .add(late, new PluginOrigin("org.z", "2.0"))
                .add(early, new PluginOrigin("org.a", "1.0"))
                .build();
        assertSame(early, registry.find(PluginKind.SUBSTANCE, "spin").orElseThrow());
        assertEquals(Optional.of(new PluginOrigin("org.a", "1.0")), registry.origin(PluginKind.SUBSTANCE, "spin"));
        assertEquals(List.of("the substance type 'spin' is provided by both org.a 1.0 (" + OtherSubstance.class.getName()
                + ") and org.z 2.0 (" + Substance.class.getName() + "); using the first"), registry.problems());
    }

    @Test
    void problemsNameThePluginAndTheRootCause() {
        PluginRegistry registry = PluginRegistry.builder()
                .failed(PluginKind.SOLVER, "org.x.Broken", new PluginOrigin("org.x", ""),
                        new RuntimeException("wrapped", new IllegalStateException("boom")))
                .unusable("org.y (y.jar)", "it needs the package org.nowhere")
                .build();
        assertEquals(List.of("the solver plugin org.x.Broken in org.x could not be loaded: IllegalStateException: boom",
                "the plugin org.y (y.jar) is not used: it needs the package org.nowhere"), registry.problems());
        assertEquals(List.of(), registry.types(PluginKind.SOLVER));
    }

    @Test
    void originOfAClassOnTheClassPathIsItsFolderOrJar() {
        PluginOrigin origin = PluginOrigin.of(Substance.class);
        assertEquals("test-classes", origin.name());
        assertEquals("test-classes", origin.toString());
    }
}
