/**
 * Drive protocols: {@code hold} (a constant control for a while), {@code steady} (straight to the steady state at a
 * constant control) and {@code otto} (the quantum Otto cycle).
 * Exports nothing; the protocols are found as services.
 */
module org.szilard.plugin.protocols {
    requires org.szilard.api;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.protocol.ProtocolProvider with
            org.szilard.plugin.protocols.CarnotProvider,
            org.szilard.plugin.protocols.CounterdiabaticProvider,
            org.szilard.plugin.protocols.HoldProvider,
            org.szilard.plugin.protocols.LandauerProvider,
            org.szilard.plugin.protocols.OttoProvider,
            org.szilard.plugin.protocols.RampProvider,
            org.szilard.plugin.protocols.SteadyProvider;
}
