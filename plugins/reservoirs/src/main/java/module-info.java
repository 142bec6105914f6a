/**
 * Reservoirs: {@code bosonic}, a thermal bosonic bath in the global (Davies) form.
 * Exports nothing; the reservoirs are found as services.
 */
module org.szilard.plugin.reservoirs {
    requires org.szilard.api;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.reservoir.ReservoirProvider with
            org.szilard.plugin.reservoirs.bosonic.BosonicBathProvider;
}
