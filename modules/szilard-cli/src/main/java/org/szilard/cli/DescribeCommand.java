package org.szilard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.szilard.cli.reference.ScenarioReference;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code szilard describe [TYPE]}: the parameters of one plugin type, or the whole scenario reference. */
@Command(name = "describe",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Describes a plugin type's parameters, or prints the whole scenario reference.",
        descriptionHeading = "%n",
        description = {
            "With a TYPE, prints what the type is and its parameters: key, value type, unit, default, allowed "
                + "values and meaning. Without one, prints the scenario reference of every installed type "
                + "(Markdown), generated from the plugins' own descriptions.",
            ""
        })
final class DescribeCommand implements Callable<Integer> {

    @ParentCommand
    private Szilard szilard;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuntimeOption runtime;

    @Parameters(arity = "0..1", paramLabel = "TYPE", description = "A plugin type id, e.g. spin, bosonic, otto.")
    private String type;

    @Override
    public Integer call() {
        PluginRegistry registry = szilard.installation(runtime.choice()).registry();
        PrintWriter out = spec.commandLine().getOut();
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
            throw new ParameterException(spec.commandLine(), "unknown plugin type '" + type + "'; installed: "
                    + String.join(", ", installed.stream().sorted().distinct().toList()));
        }
        out.print(String.join("\n", sections));
        out.flush();
        return ExitCodes.OK;
    }
}
