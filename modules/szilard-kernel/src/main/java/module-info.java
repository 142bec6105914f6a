/**
 * The Szilard kernel: linear algebra, the simulation engine, energetics bookkeeping, the plugin registry and the
 * Guice wiring of a simulation. Plugins never depend on it.
 */
module org.szilard.kernel {
    requires transitive org.szilard.api;
    requires ejml.core;
    requires ejml.zdense;
    requires commons.math3;
    requires com.google.guice;
    requires jakarta.inject;

    exports org.szilard.kernel.registry;
    exports org.szilard.kernel.layer;
    exports org.szilard.kernel.scenario;
    exports org.szilard.kernel.engine;

    opens org.szilard.kernel.engine to com.google.guice;

    uses org.szilard.api.substance.SubstanceProvider;
    uses org.szilard.api.reservoir.ReservoirProvider;
    uses org.szilard.api.protocol.ProtocolProvider;
    uses org.szilard.api.solver.SolverProvider;
    uses org.szilard.api.analyzer.AnalyzerProvider;
}
