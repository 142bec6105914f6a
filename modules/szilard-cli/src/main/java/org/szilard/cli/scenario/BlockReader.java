package org.szilard.cli.scenario;

import java.util.List;
import java.util.Set;
import org.szilard.api.param.Parameter;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.InitialStates;
import org.szilard.kernel.scenario.PluginBlock;

/**
 * Reads one block that names its type: a plugin block of a family (the type must be installed) or the initial-state
 * block (the type must be one of {@link InitialStates#types()}), with the other keys validated as the type's
 * parameters.
 */
final class BlockReader {

    private static final String TYPE = "type";

    private final String source;
    private final PluginRegistry registry;
    private final ParameterReader parameters;

    BlockReader(String source, PluginRegistry registry) {
        this.source = source;
        this.registry = registry;
        this.parameters = new ParameterReader(source);
    }

    /**
     * A plugin block.
     *
     * @param kind the family the type must belong to
     * @param node the block as written
     * @param path the block's key path ("reservoirs.hot")
     * @param at the block's place (its key, or the list item)
     */
    PluginBlock plugin(PluginKind kind, Node node, String path, Location at) {
        MappingNode block = mapping(node, path, at);
        TypeCatalogue catalogue = TypeCatalogue.installed(kind, registry);
        ScalarNode type = typeName(block, path, at, catalogue);
        PluginProvider<?> provider = registry.find(kind, type.text()).orElseThrow(() ->
                new ScenarioException(source, type.location(), KeyPath.child(path, TYPE), catalogue.unknown(type.text())));
        return read(block, path, at, type.text(), provider.parameters());
    }

    /** A plugin block given by its type name alone, as analyzers may be ("energetics"). */
    PluginBlock pluginByName(PluginKind kind, ScalarNode name, String path) {
        TypeCatalogue catalogue = TypeCatalogue.installed(kind, registry);
        if (name.kind() != ScalarNode.Kind.TEXT) {
            throw new ScenarioException(source, name.location(), path, "expected a type name or a block with a "
                    + "'type' key (" + catalogue.listing() + "), got " + name.describe());
        }
        PluginProvider<?> provider = registry.find(kind, name.text()).orElseThrow(() ->
                new ScenarioException(source, name.location(), path, catalogue.unknown(name.text())));
        return read(MappingNode.empty(name.location()), path, name.location(), name.text(), provider.parameters());
    }

    /** The initial-state block. */
    PluginBlock initial(Node node, String path, Location at) {
        MappingNode block = mapping(node, path, at);
        TypeCatalogue catalogue = new TypeCatalogue("initial state type", InitialStates.types(), "known");
        ScalarNode type = typeName(block, path, at, catalogue);
        List<Parameter> declared = InitialStates.parameters(type.text());
        if (declared == null) {
            throw new ScenarioException(source, type.location(), KeyPath.child(path, TYPE), catalogue.unknown(type.text()));
        }
        return read(block, path, at, type.text(), declared);
    }

    private PluginBlock read(MappingNode block, String path, Location at, String type, List<Parameter> declared) {
        return new PluginBlock(path, type, parameters.read(block, path, at, declared, Set.of(TYPE)));
    }

    private MappingNode mapping(Node node, String path, Location at) {
        if (node instanceof MappingNode block) {
            return block;
        }
        Location where = node instanceof ScalarNode ? node.location() : at;
        throw new ScenarioException(source, where, path, "expected a block with a 'type' key, got " + node.describe());
    }

    private ScalarNode typeName(MappingNode block, String path, Location at, TypeCatalogue catalogue) {
        String typePath = KeyPath.child(path, TYPE);
        MappingNode.Entry entry = block.entry(TYPE).orElseThrow(() ->
                new ScenarioException(source, at, typePath, "missing required key; " + catalogue.listing()));
        if (entry.value() instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.TEXT) {
            return scalar;
        }
        throw new ScenarioException(source, entry.at(), typePath, "expected a type name ("
                + catalogue.listing() + "), got " + entry.value().describe());
    }
}
