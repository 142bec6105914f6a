package org.szilard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.InitialStates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code szilard plugins}: the installed plugin types of every family. */
@Command(name = "plugins",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Lists the installed plugin types of every family.",
        descriptionHeading = "%n",
        description = {
            "Lists the installed plugin types of every family (substances, reservoirs, protocols, solvers, "
                + "analyzers), each with a one-line description, and the built-in initial states. Plugins that "
                + "could not be loaded are reported as warnings on standard error.",
            ""
        })
final class PluginsCommand implements Callable<Integer> {

    @ParentCommand
    private Szilard szilard;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PluginRegistry registry = szilard.installation().registry();
        int width = 0;
        for (PluginKind kind : PluginKind.values()) {
            for (String type : registry.types(kind)) {
                width = Math.max(width, type.length());
            }
        }
        for (PluginKind kind : PluginKind.values()) {
            out.println(kind.label() + "s");
            List<PluginProvider<?>> providers = registry.providers(kind);
            if (providers.isEmpty()) {
                out.println("  (none installed)");
            }
            for (PluginProvider<?> provider : providers) {
                out.println("  " + provider.type() + " ".repeat(width - provider.type().length() + 2)
                        + provider.description());
            }
            out.println();
        }
        out.println("initial states (built in)");
        out.println("  " + String.join(", ", InitialStates.types()));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        registry.problems().forEach(problem -> Diagnostics.warn(err, problem));
        return ExitCodes.OK;
    }
}
