package org.szilard.cli.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.szilard.api.param.Parameter;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.PluginBlock;
import org.szilard.kernel.scenario.ScenarioSpec;

/**
 * Validates a scenario file's tree and builds the {@link ScenarioSpec}: the top-level keys, each block, the default
 * solver and the output settings. Remembers where every block is written for later messages.
 */
final class SpecReader {

    /** The keys a scenario may have at the top level, in documentation order. */
    static final List<String> KEYS =
            List.of("name", "substance", "reservoirs", "protocol", "initial", "solver", "analyzers", "output");

    /** The solver used when the scenario has no solver block. */
    static final String DEFAULT_SOLVER = "lindblad";

    private static final Parameter SAMPLES = Parameter.integer("samples", "time-series points kept for CSV and plots")
            .atLeast(2).atMost(10_000_000).defaultValue(2000);

    private final String source;
    private final PluginRegistry registry;
    private final BlockReader blocks;
    private final ParameterReader parameters;
    private final Map<String, LoadedScenario.Site> sites = new LinkedHashMap<>();

    SpecReader(String source, PluginRegistry registry) {
        this.source = source;
        this.registry = registry;
        this.blocks = new BlockReader(source, registry);
        this.parameters = new ParameterReader(source);
    }

    /**
     * @param root the file's tree
     * @param defaultName the scenario name when the file gives none
     * @throws ScenarioException for the first problem found
     */
    LoadedScenario read(Node root, String defaultName) {
        if (!(root instanceof MappingNode top)) {
            throw new ScenarioException(source, root.location(), "", "expected a scenario: a mapping with the keys "
                    + String.join(", ", KEYS) + "; got " + root.describe());
        }
        for (MappingNode.Entry entry : top.entries()) {
            if (!KEYS.contains(entry.key())) {
                throw new ScenarioException(source, entry.keyLocation(), entry.key(),
                        "unknown key; valid keys: " + String.join(", ", KEYS));
            }
        }
        String name = top.entry("name").map(this::name).orElse(defaultName);
        PluginBlock substance = requiredBlock(top, "substance", PluginKind.SUBSTANCE);
        Map<String, PluginBlock> reservoirs = top.entry("reservoirs").map(this::reservoirs).orElse(Map.of());
        PluginBlock protocol = requiredBlock(top, "protocol", PluginKind.PROTOCOL);
        Optional<PluginBlock> initial = top.entry("initial").map(this::initial);
        PluginBlock solver = top.entry("solver")
                .map(e -> block(e.key(), e, PluginKind.SOLVER))
                .orElseGet(this::defaultSolver);
        List<PluginBlock> analyzers = top.entry("analyzers").map(this::analyzers).orElse(List.of());
        int samples = top.entry("output").map(this::samples).orElse(defaultSamples());
        ScenarioSpec spec = new ScenarioSpec(name, substance, reservoirs, protocol, initial, solver, analyzers, samples);
        return new LoadedScenario(spec, source, sites);
    }

    private String name(MappingNode.Entry entry) {
        if (entry.value() instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.TEXT
                && !scalar.text().isBlank()) {
            return scalar.text();
        }
        throw new ScenarioException(source, entry.at(), "name", "expected a name (text), got " + entry.value().describe());
    }

    private PluginBlock requiredBlock(MappingNode top, String key, PluginKind kind) {
        MappingNode.Entry entry = top.entry(key).orElseThrow(() -> new ScenarioException(source, top.location(), key,
                "missing required block; " + TypeCatalogue.installed(kind, registry).listing()));
        return block(key, entry, kind);
    }

    private PluginBlock block(String path, MappingNode.Entry entry, PluginKind kind) {
        sites.put(path, new LoadedScenario.Site(entry.keyLocation(), entry.value()));
        return blocks.plugin(kind, entry.value(), path, entry.keyLocation());
    }

    private Map<String, PluginBlock> reservoirs(MappingNode.Entry entry) {
        if (!(entry.value() instanceof MappingNode named)) {
            throw new ScenarioException(source, entry.at(), entry.key(), "expected a block of reservoir names, "
                    + "each with a reservoir block ({ type: ..., ... }), got " + entry.value().describe());
        }
        Map<String, PluginBlock> reservoirs = new LinkedHashMap<>();
        for (MappingNode.Entry reservoir : named.entries()) {
            reservoirs.put(reservoir.key(),
                    block(KeyPath.child(entry.key(), reservoir.key()), reservoir, PluginKind.RESERVOIR));
        }
        return reservoirs;
    }

    private PluginBlock initial(MappingNode.Entry entry) {
        sites.put(entry.key(), new LoadedScenario.Site(entry.keyLocation(), entry.value()));
        return blocks.initial(entry.value(), entry.key(), entry.keyLocation());
    }

    private PluginBlock defaultSolver() {
        PluginProvider<?> provider = registry.find(PluginKind.SOLVER, DEFAULT_SOLVER).orElseThrow(() ->
                new ScenarioException(source, Location.START, "solver", "no solver block given and the default "
                        + "solver '" + DEFAULT_SOLVER + "' is not installed; "
                        + TypeCatalogue.installed(PluginKind.SOLVER, registry).listing()));
        MappingNode empty = MappingNode.empty(Location.START);
        sites.put("solver", new LoadedScenario.Site(Location.START, empty));
        return new PluginBlock("solver", DEFAULT_SOLVER,
                parameters.read(empty, "solver", Location.START, provider.parameters(), Set.of()));
    }

    private List<PluginBlock> analyzers(MappingNode.Entry entry) {
        if (!(entry.value() instanceof SequenceNode list)) {
            throw new ScenarioException(source, entry.at(), entry.key(), "expected a list of analyzer types or "
                    + "analyzer blocks, got " + entry.value().describe());
        }
        List<PluginBlock> analyzers = new ArrayList<>();
        Map<String, String> firstPaths = new HashMap<>();
        for (Node item : list.items()) {
            String path = KeyPath.item(entry.key(), analyzers.size());
            sites.put(path, new LoadedScenario.Site(item.location(), item));
            PluginBlock analyzer = item instanceof ScalarNode name
                    ? blocks.pluginByName(PluginKind.ANALYZER, name, path)
                    : blocks.plugin(PluginKind.ANALYZER, item, path, item.location());
            String first = firstPaths.putIfAbsent(analyzer.type(), path);
            if (first != null) {
                throw new ScenarioException(source, item.location(), path, "the " + analyzer.type()
                        + " analyzer is already asked for at " + first + "; each analyzer may appear once");
            }
            analyzers.add(analyzer);
        }
        return analyzers;
    }

    private int samples(MappingNode.Entry entry) {
        if (!(entry.value() instanceof MappingNode output)) {
            throw new ScenarioException(source, entry.at(), entry.key(), "expected a block with the key "
                    + SAMPLES.name() + ", got " + entry.value().describe());
        }
        return Math.toIntExact(parameters.read(output, entry.key(), entry.keyLocation(), List.of(SAMPLES), Set.of())
                .integer(SAMPLES.name()));
    }

    private static int defaultSamples() {
        return ((Number) SAMPLES.defaultValue().orElseThrow()).intValue();
    }
}
