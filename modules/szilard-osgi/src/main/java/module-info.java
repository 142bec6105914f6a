/**
 * The osgi plugin runtime: starts an embedded Apache Felix, installs the plugin bundles of a folder, registers the
 * providers they declare in the OSGi service registry (the Service Loader Mediator's registrar) and hands them to the
 * kernel's plugin registry. Felix is used nowhere else.
 */
module org.szilard.osgi {
    requires transitive org.szilard.kernel;
    requires org.apache.felix.framework;

    exports org.szilard.osgi;

    uses org.osgi.framework.launch.FrameworkFactory;
}
