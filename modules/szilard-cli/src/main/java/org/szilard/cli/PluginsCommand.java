package org.szilard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.cli.line.Arguments;
import org.szilard.cli.line.CommandSpec;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginOrigin;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.InitialStates;

/** {@code szilard plugins}: the installed plugin types of every family. */
final class PluginsCommand {

    static final CommandSpec SPEC = CommandSetup.subcommand("plugins")
            .header("Lists the installed plugin types of every family.")
            .paragraph("Lists the installed plugin types of every family (substances, reservoirs, protocols, solvers, "
                    + "analyzers), each with the plugin it comes from (bundle and module name), the plugin's version "
                    + "and a one-line description, then the built-in initial states. Plugins that could not be loaded "
                    + "are reported as warnings on standard error, by name.")
            .option(RuntimeOption.OPTION)
            .build();

    private PluginsCommand() {
    }

    /** Carries the command out ({@link Subcommand.Action}). */
    static int call(Arguments arguments, Szilard szilard) {
        PrintWriter out = szilard.out();
        PluginRegistry registry = szilard.installation(RuntimeOption.choice(arguments), SPEC).registry();
        List<List<String>> rows = new ArrayList<>();
        for (PluginKind kind : PluginKind.values()) {
            for (String type : registry.types(kind)) {
                PluginOrigin origin = registry.origin(kind, type).orElseThrow();
                rows.add(List.of(type, origin.name(), origin.version()));
            }
        }
        int[] widths = {"TYPE".length(), "PLUGIN".length(), "VERSION".length()};
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        out.println("  " + pad("TYPE", widths[0]) + pad("PLUGIN", widths[1]) + pad("VERSION", widths[2])
                + "DESCRIPTION");
        for (PluginKind kind : PluginKind.values()) {
            out.println();
            out.println(kind.label() + "s");
            if (registry.types(kind).isEmpty()) {
                out.println("  (none installed)");
            }
            for (PluginProvider<?> provider : registry.providers(kind)) {
                PluginOrigin origin = registry.origin(kind, provider.type()).orElseThrow();
                out.println("  " + pad(provider.type(), widths[0]) + pad(origin.name(), widths[1])
                        + pad(origin.version(), widths[2]) + provider.description());
            }
        }
        out.println();
        out.println("initial states (built in)");
        out.println("  " + String.join(", ", InitialStates.types()));
        out.flush();
        PrintWriter err = szilard.err();
        registry.problems().forEach(problem -> Diagnostics.warn(err, problem));
        return ExitCodes.OK;
    }

    /** The text padded to the column width plus a gap of two. */
    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length() + 2);
    }
}
