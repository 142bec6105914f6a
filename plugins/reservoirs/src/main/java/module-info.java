/**
 * Reservoirs: {@code bosonic}, a thermal bosonic bath in the global (Davies) or the local form, and
 * {@code fermionic}, a lead that exchanges particles with one dot. Exports nothing; the reservoirs are found as
 * services.
 */
module org.szilard.plugin.reservoirs {
    requires org.szilard.api;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.reservoir.ReservoirProvider with
            org.szilard.plugin.reservoirs.bosonic.BosonicBathProvider,
            org.szilard.plugin.reservoirs.fermionic.FermionicLeadProvider;
}
