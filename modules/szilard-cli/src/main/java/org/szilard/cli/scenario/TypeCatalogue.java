package org.szilard.cli.scenario;

import java.util.List;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginRegistry;

/**
 * The types a block may name, for messages.
 *
 * @param what the kind of type, singular ("substance type", "initial state type")
 * @param types the available type names
 * @param availability how they are available ("installed", "known")
 */
record TypeCatalogue(String what, List<String> types, String availability) {

    /** The installed types of a plugin family. */
    static TypeCatalogue installed(PluginKind kind, PluginRegistry registry) {
        return new TypeCatalogue(kind.label() + " type", registry.types(kind), "installed");
    }

    /** "installed substance types: spin, spin-chain", or "no substance types are installed". */
    String listing() {
        return types.isEmpty() ? "no " + what + "s are " + availability
                : availability + " " + what + "s: " + String.join(", ", types);
    }

    /** "unknown substance type 'spinn'; installed: spin", or "...; none installed". */
    String unknown(String name) {
        return "unknown " + what + " '" + name + "'; "
                + (types.isEmpty() ? "none " + availability : availability + ": " + String.join(", ", types));
    }
}
