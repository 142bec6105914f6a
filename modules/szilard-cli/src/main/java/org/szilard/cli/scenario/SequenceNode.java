package org.szilard.cli.scenario;

import java.util.List;

/**
 * A list of nodes.
 *
 * @param location where the list starts
 * @param items the items in file order
 */
record SequenceNode(Location location, List<Node> items) implements Node {

    SequenceNode {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return items.isEmpty() ? "an empty list" : "a list";
    }
}
