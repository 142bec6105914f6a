module org.szilard.test.broken {
    requires org.szilard.api;

    provides org.szilard.api.substance.SubstanceProvider with org.szilard.test.broken.BrokenProvider,
            org.szilard.test.broken.DuplicateSpinProvider;
}
