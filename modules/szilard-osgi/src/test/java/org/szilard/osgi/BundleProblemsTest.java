package org.szilard.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

class BundleProblemsTest {

    @Test
    void missingPackagesAreNamedWithoutTheResolverNotation() {
        BundleException e = new BundleException("Unable to resolve org.x [3](R 3.0): missing requirement [org.x [3]"
                + "(R 3.0)] osgi.wiring.package; (&(osgi.wiring.package=org.nowhere)(version>=1.0.0)(!(version>=2.0.0)))"
                + " Unresolved requirements: [[org.x [3](R 3.0)] osgi.wiring.package; (osgi.wiring.package=org.nowhere)]",
                BundleException.RESOLVE_ERROR);
        assertEquals("it needs the package org.nowhere, which no installed bundle provides", BundleProblems.explain(e));
    }

    @Test
    void aMissingRegistrarIsNamedToo() {
        BundleException e = new BundleException("Unable to resolve org.x [3](R 3.0): missing requirement [org.x [3]"
                + "(R 3.0)] osgi.extender; (&(osgi.extender=osgi.serviceloader.registrar)(version>=1.0.0))",
                BundleException.RESOLVE_ERROR);
        assertEquals("it needs the extender osgi.serviceloader.registrar, which no installed bundle provides",
                BundleProblems.explain(e));
    }

    @Test
    void otherFailuresKeepFelixMessage() {
        BundleException e = new BundleException("Activator start error in bundle org.x [3].",
                BundleException.ACTIVATOR_ERROR);
        assertEquals("Activator start error in bundle org.x [3].", BundleProblems.explain(e));
    }
}
