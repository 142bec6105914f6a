/**
 * The oscillator working substance: a harmonic oscillator truncated to N Fock levels, driven through its frequency.
 * Exports nothing; the substance is found as a service.
 */
module org.szilard.plugin.oscillators {
    requires org.szilard.api;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.substance.SubstanceProvider with org.szilard.plugin.oscillators.OscillatorProvider;
}
