package org.szilard.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.szilard.osgi.registrar.Broken;
import org.szilard.osgi.registrar.Farewell;
import org.szilard.osgi.registrar.Greeting;

/**
 * The registrar in a real Felix: bundles that declare osgi.serviceloader capabilities (as bnd writes them) resolve
 * against the system bundle's extender capability, and their providers become services of the declared type,
 * created from the bundle's own classes; a provider that throws is reported with its cause.
 */
class ServiceLoaderRegistrarTest {

    private static final String SERVICE = Supplier.class.getName();
    private static final String REQUIRE_REGISTRAR = "osgi.extender;filter:=\"(&(osgi.extender=osgi.serviceloader"
            + ".registrar)(version>=1.0.0)(!(version>=2.0.0)))\"";

    @TempDir
    Path temporary;

    private Framework framework;
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void startFramework() throws Exception {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        framework = factory.newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, temporary.resolve("cache").toString(),
                Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA, ServiceLoaderRegistrar.EXTENDER,
                "felix.log.level", "0"));
        framework.start();
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void theProviderNamedByTheRegisterDirectiveIsRegistered() throws Exception {
        Bundle bundle = started("named", "osgi.serviceloader;osgi.serviceloader=\"" + SERVICE + "\";register:=\""
                + Greeting.class.getName() + "\"", Greeting.class, Farewell.class);

        assertEquals(List.of("greeting"), greetings(bundle));
        assertEquals(List.of(), failures);
    }

    @Test
    void withoutTheDirectiveEveryListedProviderIsRegisteredAndAnEmptyOneRegistersNone() throws Exception {
        Bundle all = started("all", "osgi.serviceloader;osgi.serviceloader=\"" + SERVICE + "\"",
                Greeting.class, Farewell.class);
        Bundle none = started("none", "osgi.serviceloader;osgi.serviceloader=\"" + SERVICE + "\";register:=\"\"",
                Greeting.class, Farewell.class);

        assertEquals(List.of("farewell", "greeting"), greetings(all));
        assertEquals(List.of(), greetings(none));
    }

    @Test
    void providersComeFromTheBundleAndCarryTheCapabilitysPublicAttributes() throws Exception {
        Bundle bundle = started("attributes", "osgi.serviceloader;osgi.serviceloader=\"" + SERVICE + "\";flavour=mint;"
                + ".hidden=yes;register:=\"" + Greeting.class.getName() + "\"", Greeting.class);

        ServiceReference<?> reference = references(bundle.getBundleContext()).get(0);
        assertEquals(bundle, reference.getBundle(), "registered in the providing bundle's own context");
        assertEquals("mint", reference.getProperty("flavour"));
        assertEquals(null, reference.getProperty(".hidden"));
        Object provider = bundle.getBundleContext().getService(reference);
        assertNotSame(Greeting.class, provider.getClass(), "the bundle's copy of the class, not the test's");
        assertEquals(Greeting.class.getName(), provider.getClass().getName());
    }

    @Test
    void aProviderWhoseConstructorThrowsIsReportedWithItsCauseAndTheOthersAreRegistered() throws Exception {
        Bundle bundle = started("broken", "osgi.serviceloader;osgi.serviceloader=\"" + SERVICE + "\"",
                Broken.class, Greeting.class);

        assertEquals(List.of("greeting"), greetings(bundle));
        assertEquals(List.of(SERVICE + " " + Broken.class.getName() + " test.broken IllegalStateException: broken on "
                + "purpose"), failures);
    }

    /** Builds a bundle of the given provider classes (listed in META-INF/services), starts it and registers it. */
    private Bundle started(String name, String capability, Class<?>... providers) throws Exception {
        Path jar = temporary.resolve(name + ".jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "test." + name);
        main.putValue(Constants.PROVIDE_CAPABILITY, capability);
        main.putValue(Constants.REQUIRE_CAPABILITY, REQUIRE_REGISTRAR);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            StringBuilder services = new StringBuilder("# providers\n");
            for (Class<?> provider : providers) {
                String entry = provider.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream bytes = provider.getClassLoader().getResourceAsStream(entry)) {
                    bytes.transferTo(out);
                }
                services.append(provider.getName()).append('\n');
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + SERVICE));
            out.write(services.toString().getBytes(StandardCharsets.UTF_8));
        }
        Bundle bundle = framework.getBundleContext().installBundle(jar.toUri().toString());
        bundle.start();
        ServiceLoaderRegistrar.register(bundle, (type, provider, from, cause) -> failures.add(type + " " + provider
                + " " + from.getSymbolicName() + " " + cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        return bundle;
    }

    /** What the suppliers the bundle registered say, sorted. */
    private static List<String> greetings(Bundle bundle) throws Exception {
        BundleContext context = bundle.getBundleContext();
        TreeSet<String> said = new TreeSet<>();
        for (ServiceReference<?> reference : references(context)) {
            if (reference.getBundle().equals(bundle)) {
                said.add(((Supplier<?>) context.getService(reference)).get().toString());
            }
        }
        return List.copyOf(said);
    }

    private static List<ServiceReference<?>> references(BundleContext context) throws Exception {
        ServiceReference<?>[] found = context.getServiceReferences(SERVICE, null);
        return found == null ? List.of() : List.of(found);
    }
}
