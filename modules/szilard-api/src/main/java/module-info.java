/**
 * The Szilard service provider interface: everything a plugin author needs, and nothing else.
 */
module org.szilard.api {
    exports org.szilard.api.operator;
    exports org.szilard.api.param;
    exports org.szilard.api.plugin;
    exports org.szilard.api.substance;
    exports org.szilard.api.reservoir;
    exports org.szilard.api.protocol;
    exports org.szilard.api.solver;
    exports org.szilard.api.analyzer;
}
