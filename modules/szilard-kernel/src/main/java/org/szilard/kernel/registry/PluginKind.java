package org.szilard.kernel.registry;

import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.api.protocol.ProtocolProvider;
import org.szilard.api.reservoir.ReservoirProvider;
import org.szilard.api.solver.SolverProvider;
import org.szilard.api.substance.SubstanceProvider;

/** The five families of plugins, each with its provider interface and the scenario key that selects it. */
public enum PluginKind {
    SUBSTANCE("substance", SubstanceProvider.class),
    RESERVOIR("reservoir", ReservoirProvider.class),
    PROTOCOL("protocol", ProtocolProvider.class),
    SOLVER("solver", SolverProvider.class),
    ANALYZER("analyzer", AnalyzerProvider.class);

    private final String label;
    private final Class<? extends PluginProvider<?>> providerType;

    PluginKind(String label, Class<? extends PluginProvider<?>> providerType) {
        this.label = label;
        this.providerType = providerType;
    }

    /** The word used in messages ("substance", "reservoir", ...). */
    public String label() {
        return label;
    }

    /** The provider interface of this family. */
    public Class<? extends PluginProvider<?>> providerType() {
        return providerType;
    }

    /** The family a provider belongs to. */
    public static PluginKind of(PluginProvider<?> provider) {
        for (PluginKind kind : values()) {
            if (kind.providerType.isInstance(provider)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(provider.getClass().getName() + " implements no Szilard provider interface");
    }
}
