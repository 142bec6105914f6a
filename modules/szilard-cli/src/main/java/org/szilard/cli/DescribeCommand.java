package org.szilard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.szilard.cli.line.Arguments;
import org.szilard.cli.line.CommandSpec;
import org.szilard.cli.line.ParameterSpec;
import org.szilard.cli.line.UsageException;
import org.szilard.cli.reference.ScenarioReference;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginRegistry;

/** {@code szilard describe [TYPE]}: the parameters of one plugin type, or the whole scenario reference. */
final class DescribeCommand {

    static final CommandSpec SPEC = CommandSetup.subcommand("describe")
            .header("Describes a plugin type's parameters, or prints the whole scenario reference.")
            .paragraph("With a TYPE, prints what the type is and its parameters: key, value type, unit, default, "
                    + "allowed values and meaning. Without one, prints the scenario reference of every installed type "
                    + "(Markdown), generated from the plugins' own descriptions.")
            .parameter(new ParameterSpec("TYPE", true, "A plugin type id, e.g. spin, bosonic, otto."))
            .option(RuntimeOption.OPTION)
            .build();

    private DescribeCommand() {
    }

    /** Carries the command out ({@link Subcommand.Action}). */
    static int call(Arguments arguments, Szilard szilard) {
        PluginRegistry registry = szilard.installation(RuntimeOption.choice(arguments), SPEC).registry();
        PrintWriter out = szilard.out();
        String type = arguments.parameter(0).orElse(null);
        if (type == null) {
            out.print(ScenarioReference.render(registry));
            out.flush();
            return ExitCodes.OK;
        }
        List<String> sections = new ArrayList<>();
        List<String> installed = new ArrayList<>();
        for (PluginKind kind : PluginKind.values()) {
            registry.find(kind, type).ifPresent(p -> sections.add(ScenarioReference.renderType(kind, p)));
            installed.addAll(registry.types(kind));
        }
        if (sections.isEmpty()) {
            throw new UsageException(SPEC, "unknown plugin type '" + type + "'; installed: "
                    + String.join(", ", installed.stream().sorted().distinct().toList()));
        }
        out.print(String.join("\n", sections));
        out.flush();
        return ExitCodes.OK;
    }
}
