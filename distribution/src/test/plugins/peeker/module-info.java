module org.szilard.test.peeker {
    requires org.szilard.api;
    requires com.google.guice;

    provides org.szilard.api.substance.SubstanceProvider with org.szilard.test.peeker.PeekerProvider;
}
