/**
 * The matrix working substance: a user's own model H = h0 + lambda h1 given as matrices in the scenario file.
 * Exports nothing; the substance is found as a service.
 */
module org.szilard.plugin.matrix {
    requires org.szilard.api;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.substance.SubstanceProvider with org.szilard.plugin.matrix.MatrixProvider;
}
