package org.szilard.cli;

import picocli.CommandLine.Option;

/** The {@code --runtime} option of the commands that load plugins. */
final class RuntimeOption {

    @Option(names = "--runtime", paramLabel = "osgi|modules",
            description = "How the jars in the installation's plugins folder are loaded: osgi, as bundles in an "
                    + "embedded Apache Felix (the default), or modules, as Java modules in a module layer. Both give "
                    + "the same types and the same results.")
    private PluginRuntime runtime;

    /** The chosen runtime, or the standard one. */
    PluginRuntime choice() {
        return runtime == null ? PluginRuntime.standard() : runtime;
    }
}
