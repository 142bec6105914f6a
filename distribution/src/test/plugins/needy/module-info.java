module org.szilard.test.needy {
    requires org.szilard.api;
    requires org.nowhere;

    provides org.szilard.api.substance.SubstanceProvider with org.szilard.test.needy.NeedyProvider;
}
