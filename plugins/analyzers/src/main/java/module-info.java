/**
 * Analyzers: {@code energetics} (work, heat, efficiency, power, regime, first law), {@code entropy} (von Neumann
 * entropy and entropy production), {@code coherence}, {@code entanglement}, {@code ergotropy},
 * {@code landauer} and {@code fluctuations} (two-point-measurement work statistics). Exports nothing; the analyzers
 * are found as services.
 */
module org.szilard.plugin.analyzers {
    requires org.szilard.api;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.analyzer.AnalyzerProvider with
            org.szilard.plugin.analyzers.EnergeticsProvider,
            org.szilard.plugin.analyzers.EntropyProvider,
            org.szilard.plugin.analyzers.CoherenceProvider,
            org.szilard.plugin.analyzers.EntanglementProvider,
            org.szilard.plugin.analyzers.ErgotropyProvider,
            org.szilard.plugin.analyzers.LandauerProvider,
            org.szilard.plugin.analyzers.FluctuationsProvider;
}
