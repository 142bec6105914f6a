package org.szilard.cli.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A mapping of keys to nodes, in file order, with no key twice.
 *
 * @param location where the mapping starts
 * @param entries the entries in file order
 */
record MappingNode(Location location, List<Entry> entries) implements Node {

    /**
     * One key and its value.
     *
     * @param key the key
     * @param keyLocation where the key is written
     * @param value the value
     */
    record Entry(String key, Location keyLocation, Node value) {

        /** Where to point at the value as a whole: a scalar where it is written, a mapping or list at its key. */
        Location at() {
            return value instanceof ScalarNode ? value.location() : keyLocation;
        }
    }

    MappingNode {
        entries = List.copyOf(entries);
    }

    /** An empty mapping standing at a place, for a block given by its type name alone. */
    static MappingNode empty(Location location) {
        return new MappingNode(location, List.of());
    }

    Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
