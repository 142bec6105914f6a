package org.szilard.osgi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.kernel.registry.PluginJars;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginOrigin;
import org.szilard.kernel.registry.PluginRegistry;

/**
 * The plugin bundles of a folder running in an embedded Apache Felix. The API (and Commons Math) come from the
 * system bundle, so plugins share the kernel's classes; the {@link ServiceLoaderRegistrar} registers the providers
 * each started bundle declares as osgi.serviceloader capabilities (bnd writes them from {@code @ServiceProvider}) in
 * the OSGi service registry, and the kernel's registry is filled from there. A jar that is no bundle, a bundle whose
 * requirements are not met, and a provider that fails to construct are reported by name; the rest work. The
 * framework runs until {@link #close()}, as long as the providers are in use.
 */
public final class FelixPlugins implements AutoCloseable {

    /** The cache folders' names: this prefix, the process id, a dash and a part taken from the clock. */
    private static final String STORAGE_PREFIX = "szilard-felix-";

    private final Framework framework;
    private final Path storage;
    private final PluginRegistry.Builder registry = PluginRegistry.builder();
    private PluginRegistry built;

    private FelixPlugins(Framework framework, Path storage) {
        this.framework = framework;
        this.storage = storage;
    }

    /**
     * Starts Felix with the bundles of a folder and collects their providers.
     *
     * @throws IllegalStateException when the framework itself cannot start
     */
    public static FelixPlugins start(Path folder) {
        Path storage;
        try {
            Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
            removeAbandoned(temporary);
            storage = createStorage(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the OSGi framework's cache folder", e);
        }
        Map<String, String> configuration = Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SharedPackages.exportHeader(),
                Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA, ServiceLoaderRegistrar.EXTENDER,
                "felix.log.level", "0");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, FelixPlugins.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("Apache Felix is not installed"));
        FelixPlugins plugins = new FelixPlugins(factory.newFramework(configuration), storage);
        try {
            plugins.run(folder);
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
        return plugins;
    }

    /**
     * A new folder for the framework's cache, readable by its owner alone where the file system has POSIX
     * permissions, named after the process and the clock. Not {@link Files#createTempDirectory}: its random names
     * need a SecureRandom, whose seeding cost about 10 ms of every start.
     */
    static Path createStorage(Path temporary) throws IOException {
        String name = STORAGE_PREFIX + ProcessHandle.current().pid() + "-";
        FileAttribute<?>[] ownerOnly = new FileAttribute<?>[0];
        if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            ownerOnly = new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))};
        }
        for (long suffix = System.nanoTime(); ; suffix++) {
            try {
                return Files.createDirectory(temporary.resolve(name + Long.toHexString(suffix)), ownerOnly);
            } catch (FileAlreadyExistsException taken) {
                // another framework of this process chose the same instant: try the next name
            }
        }
    }

    /** The providers of the started bundles, and the problems met on the way. */
    public PluginRegistry registry() {
        return built;
    }

    private void run(Path folder) {
        try {
            framework.start();
            BundleContext context = framework.getBundleContext();
            startAll(install(context, PluginJars.in(folder)));
            for (PluginKind kind : PluginKind.values()) {
                collect(context, kind);
            }
            built = registry.build();
        } catch (BundleException e) {
            throw new IllegalStateException("the OSGi framework could not start: " + e.getMessage(), e);
        }
    }

    /** Installs the jars that are bundles; returns each bundle with its jar. */
    private Map<Bundle, Path> install(BundleContext context, List<Path> jars) {
        Map<Bundle, Path> bundles = new LinkedHashMap<>();
        for (Path jar : jars) {
            Optional<String> symbolicName = symbolicName(jar);
            if (symbolicName.isEmpty()) {
                registry.unusable(jar.getFileName().toString(), "it is not an OSGi bundle (no Bundle-SymbolicName)");
                continue;
            }
            try {
                bundles.put(context.installBundle(jar.toUri().toString()), jar);
            } catch (BundleException e) {
                registry.unusable(symbolicName.get() + " (" + jar.getFileName() + ")", e.getMessage());
            }
        }
        return bundles;
    }

    /** Starts the bundles and registers the providers of each one that started. */
    private void startAll(Map<Bundle, Path> bundles) {
        bundles.forEach((bundle, jar) -> {
            try {
                bundle.start();
                ServiceLoaderRegistrar.register(bundle, this::failed);
            } catch (BundleException e) {
                registry.unusable(bundle.getSymbolicName() + " (" + jar.getFileName() + ")", BundleProblems.explain(e));
            }
        });
    }

    /** Reports a provider the registrar could not create: as a plugin of its family, or as any other problem. */
    private void failed(String serviceType, String providerClass, Bundle bundle, Throwable cause) {
        PluginOrigin origin = origin(bundle);
        for (PluginKind kind : PluginKind.values()) {
            if (kind.providerType().getName().equals(serviceType)) {
                registry.failed(kind, providerClass, origin, cause);
                return;
            }
        }
        registry.problem("the " + serviceType + " provider " + providerClass + " in " + origin
                + " could not be created: " + cause);
    }

    private static PluginOrigin origin(Bundle bundle) {
        return new PluginOrigin(bundle.getSymbolicName(), bundle.getVersion().toString());
    }

    private void collect(BundleContext context, PluginKind kind) {
        ServiceReference<?>[] references;
        try {
            references = context.getServiceReferences(kind.providerType().getName(), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (references == null) {
            return;
        }
        for (ServiceReference<?> reference : references) {
            Object provider = context.getService(reference);
            if (provider instanceof PluginProvider<?> plugin) {
                registry.add(plugin, origin(reference.getBundle()));
            }
        }
    }

    /** Stops the framework and deletes its cache. */
    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(TimeUnit.SECONDS.toMillis(10));
        } catch (BundleException e) {
            throw new IllegalStateException("the OSGi framework could not stop: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteStorage();
        }
    }

    /** Removes the framework's cache; a folder left in the temporary directory is harmless, so failures pass. */
    private void deleteStorage() {
        deleteTree(storage);
    }

    /**
     * Deletes the caches that earlier commands left in a folder when they were killed before they could clean up:
     * those named after a process that no longer runs. Caches of running commands, and names in another form, stay.
     */
    static void removeAbandoned(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(FelixPlugins::abandoned).forEach(FelixPlugins::deleteTree);
        } catch (IOException | UncheckedIOException e) {
            // nothing to clean, or not allowed to look
        }
    }

    private static boolean abandoned(Path entry) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(STORAGE_PREFIX) || !Files.isDirectory(entry)) {
            return false;
        }
        String rest = name.substring(STORAGE_PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash < 0) {
            return false; // named before process ids were part of the name
        }
        try {
            long pid = Long.parseLong(rest.substring(0, dash));
            return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left for the system's temporary-file cleanup
        }
    }

    private static Optional<String> symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return Optional.ofNullable(file.getManifest())
                    .map(m -> m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME))
                    .map(n -> n.split(";", 2)[0].strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
