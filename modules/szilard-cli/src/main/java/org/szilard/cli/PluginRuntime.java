package org.szilard.cli;

/** The ways of loading the plugins folder that a user chooses between with {@code --runtime}. */
enum PluginRuntime {
    /** Plugin bundles in an embedded Apache Felix, providers from the OSGi service registry. */
    OSGI,
    /** Plugin jars as modules in a child module layer, providers from ServiceLoader. */
    MODULES;

    /** The runtime used without {@code --runtime}: osgi in an installation, modules otherwise (a class path). */
    static PluginRuntime standard() {
        return Installation.pluginsFolder().isPresent() ? OSGI : MODULES;
    }
}
