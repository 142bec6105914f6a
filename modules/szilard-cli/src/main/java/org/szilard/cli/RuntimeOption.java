package org.szilard.cli;

import org.szilard.cli.line.Arguments;
import org.szilard.cli.line.OptionSpec;

/** The {@code --runtime} option of the commands that load plugins. */
final class RuntimeOption {

    /** The option. */
    static final OptionSpec OPTION = OptionSpec.value("--runtime", "osgi|modules", "How the jars in the "
            + "installation's plugins folder are loaded: osgi, as bundles in an embedded Apache Felix (the default), "
            + "or modules, as Java modules in a module layer. Both give the same types and the same results.");

    private RuntimeOption() {
    }

    /** The chosen runtime, or the standard one. */
    static PluginRuntime choice(Arguments arguments) {
        PluginRuntime chosen = arguments.choice(OPTION.name(), PluginRuntime.class);
        return chosen == null ? PluginRuntime.standard() : chosen;
    }
}
