/**
 * The spin working substance: a single spin j in a longitudinal control field and a fixed transverse field.
 * Exports nothing; the substance is found as a service.
 */
module org.szilard.plugin.spin {
    requires org.szilard.api;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.substance.SubstanceProvider with org.szilard.plugin.spin.SpinProvider;
}
