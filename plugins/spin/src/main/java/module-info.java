/**
 * The spin working substances: a single spin j in a longitudinal control field and a fixed transverse field
 * ({@code spin}), and a Heisenberg XYZ chain of spins ({@code spin-chain}). Exports nothing; the substances are
 * found as services.
 */
module org.szilard.plugin.spin {
    requires org.szilard.api;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.substance.SubstanceProvider with org.szilard.plugin.spin.SpinProvider,
            org.szilard.plugin.spin.SpinChainProvider;
}
