/**
 * The quantum-dot working substance: one or two spinless fermionic levels that exchange electrons with leads.
 * Exports nothing; the substance is found as a service.
 */
module org.szilard.plugin.dots {
    requires org.szilard.api;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.substance.SubstanceProvider with org.szilard.plugin.dots.QuantumDotProvider;
}
