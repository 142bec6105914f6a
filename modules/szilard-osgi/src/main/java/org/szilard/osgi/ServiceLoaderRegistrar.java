package org.szilard.osgi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The registrar of the OSGi Service Loader Mediator (OSGi Compendium, chapter 133) for the plugin bundles: for each
 * {@code osgi.serviceloader} capability a started bundle declares (bnd writes them from {@code @ServiceProvider}),
 * it creates the provider named by the capability's {@code register} directive (every provider the bundle's
 * META-INF/services file lists for the type when the directive is absent, none when it is empty) and registers it
 * in the bundle's own context as a service of the capability's type, with the capability's public attributes as
 * service properties. The system bundle announces the registrar extender that such bundles require.
 *
 * <p>Apache Aries SPI Fly does the same and also weaves ServiceLoader calls of consumer bundles; Szilard has no
 * consumer inside the framework (the kernel reads the service registry from outside), and SPI Fly's weaving hook,
 * bytecode library and bundle tracking cost a tenth of a second at every start (docs/performance.md).
 */
final class ServiceLoaderRegistrar {

    /** The capability namespace, and attribute, of a provided service type. */
    static final String NAMESPACE = "osgi.serviceloader";
    /** The capability the system bundle adds so that bundles requiring the registrar extender resolve. */
    static final String EXTENDER = "osgi.extender;osgi.extender=\"osgi.serviceloader.registrar\";"
            + "version:Version=\"1.0.0\"";
    private static final String REGISTER = "register";
    private static final String SERVICES = "META-INF/services/";

    /** Where a provider that could not be created is reported. */
    interface Failures {
        /**
         * @param serviceType   the provided service type
         * @param providerClass the provider's class name
         * @param bundle        the bundle that declares it
         * @param cause         why it could not be created
         */
        void failed(String serviceType, String providerClass, Bundle bundle, Throwable cause);
    }

    private ServiceLoaderRegistrar() {
    }

    /** Creates and registers the providers that a started bundle declares; failures go to {@code failures}. */
    static void register(Bundle bundle, Failures failures) {
        BundleContext context = bundle.getBundleContext();
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (context == null || revision == null) {
            return;
        }
        for (BundleCapability capability : revision.getDeclaredCapabilities(NAMESPACE)) {
            Object type = capability.getAttributes().get(NAMESPACE);
            if (!(type instanceof String serviceType)) {
                continue;
            }
            List<String> providers;
            try {
                providers = providers(bundle, serviceType, capability.getDirectives().get(REGISTER));
            } catch (IOException e) {
                failures.failed(serviceType, SERVICES + serviceType, bundle, e);
                continue;
            }
            for (String providerClass : providers) {
                try {
                    Object provider = bundle.loadClass(providerClass).getConstructor().newInstance();
                    context.registerService(serviceType, provider, properties(capability));
                } catch (InvocationTargetException e) {
                    failures.failed(serviceType, providerClass, bundle, e.getCause());
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    failures.failed(serviceType, providerClass, bundle, e);
                }
            }
        }
    }

    /** The provider classes to register: the directive's one, or those META-INF/services lists without it. */
    private static List<String> providers(Bundle bundle, String serviceType, String register) throws IOException {
        if (register != null) {
            return register.isBlank() ? List.of() : List.of(register.strip());
        }
        URL services = bundle.getEntry(SERVICES + serviceType);
        List<String> listed = new ArrayList<>();
        if (services == null) {
            return listed;
        }
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(services.openStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!name.isEmpty()) {
                    listed.add(name);
                }
            }
        }
        return listed;
    }

    /** The capability's public attributes: those whose names do not start with a dot. */
    private static Dictionary<String, Object> properties(BundleCapability capability) {
        Dictionary<String, Object> properties = new Hashtable<>();
        for (Map.Entry<String, Object> attribute : capability.getAttributes().entrySet()) {
            if (!attribute.getKey().startsWith(".")) {
                properties.put(attribute.getKey(), attribute.getValue());
            }
        }
        return properties;
    }
}
