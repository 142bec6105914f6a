/**
 * An example Szilard plugin: the {@code lambda-system} working substance, a three-level Lambda system.
 * Exports nothing; the substance is found as a service, by ServiceLoader on the module path and through the
 * osgi.serviceloader capability bnd writes in OSGi.
 */
module org.szilard.example.lambda {
    requires org.szilard.api;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.substance.SubstanceProvider with org.szilard.example.lambda.LambdaSystemProvider;
}
