package org.szilard.cli.scenario;

import java.util.Map;
import java.util.Optional;
import org.szilard.kernel.scenario.ConfigurationException;
import org.szilard.kernel.scenario.ScenarioSpec;

/**
 * A validated scenario together with where each of its blocks is written, so that problems found later, when the
 * plugins are created, can still be reported at their place in the file.
 */
public final class LoadedScenario {

    /**
     * Where a block is written.
     *
     * @param location the block's key (or list item)
     * @param node the block as written
     */
    record Site(Location location, Node node) {
    }

    private final ScenarioSpec spec;
    private final String source;
    private final Map<String, Site> sites;

    LoadedScenario(ScenarioSpec spec, String source, Map<String, Site> sites) {
        this.spec = spec;
        this.source = source;
        this.sites = Map.copyOf(sites);
    }

    public ScenarioSpec spec() {
        return spec;
    }

    /**
     * Places a problem a plugin found in its configuration: at the key it names when the file gives that key,
     * otherwise at the block (a defaulted value), or at the start of the file for a block the file leaves out.
     */
    public ScenarioException locate(ConfigurationException problem) {
        String block = problem.blockPath();
        String key = problem.key() == null ? "" : problem.key();
        String path = key.isEmpty() ? block : KeyPath.child(block, key);
        Site site = sites.get(block);
        Location at = site == null ? Location.START : find(site, key);
        return new ScenarioException(source, at, path, problem.getMessage());
    }

    /** The place of a dotted key ("control.hot", "rows[1]") inside a block, as far as the file gives it. */
    private static Location find(Site site, String key) {
        Location at = site.location();
        Node node = site.node();
        if (key.isEmpty()) {
            return at;
        }
        for (String segment : key.split("\\.")) {
            String[] parts = segment.split("\\[");
            Optional<MappingNode.Entry> entry = node instanceof MappingNode block ? block.entry(parts[0]) : Optional.empty();
            if (entry.isEmpty()) {
                return at;
            }
            at = entry.get().at();
            node = entry.get().value();
            for (int k = 1; k < parts.length; k++) {
                int index = index(parts[k]);
                if (!(node instanceof SequenceNode list) || index < 0 || index >= list.items().size()) {
                    return at;
                }
                node = list.items().get(index);
                at = node.location();
            }
        }
        return at;
    }

    /** The number in "3]", or -1 when it is not one. */
    private static int index(String part) {
        try {
            return Integer.parseInt(part.endsWith("]") ? part.substring(0, part.length() - 1) : part);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
