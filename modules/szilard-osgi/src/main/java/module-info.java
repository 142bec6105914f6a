/**
 * The osgi plugin runtime: starts an embedded Apache Felix, installs the plugin bundles of a folder, and hands the
 * providers that Apache Aries SPI Fly registers in the OSGi service registry to the kernel's plugin registry.
 * Felix is used nowhere else.
 */
module org.szilard.osgi {
    requires transitive org.szilard.kernel;
    requires org.apache.felix.framework;
    requires java.logging;

    exports org.szilard.osgi;

    uses org.osgi.framework.launch.FrameworkFactory;
}
