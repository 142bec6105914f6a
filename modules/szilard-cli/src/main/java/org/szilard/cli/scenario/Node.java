package org.szilard.cli.scenario;

/** A node of a scenario file's tree, with the place where it starts. */
sealed interface Node permits MappingNode, SequenceNode, ScalarNode {

    Location location();

    /** How the node reads in a message after "got": "a mapping", "a list", or the scalar as written. */
    String describe();
}
