package org.szilard.cli.reference;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterType;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.InitialStates;

/**
 * The scenario reference in Markdown, generated from the plugins' own parameter descriptions, so that it describes
 * exactly what is installed (docs/scenario-reference.md is this text for the plugins shipped with Szilard).
 */
public final class ScenarioReference {

    private ScenarioReference() {
    }

    /** The whole reference: every family, every installed type, and the initial states. */
    public static String render(PluginRegistry registry) {
        StringBuilder b = new StringBuilder();
        b.append("# Scenario reference\n\n")
                .append("Generated from the installed plugins' parameter descriptions (`szilard describe`). ")
                .append("Units are natural (hbar = k_B = 1); a parameter without a default is required.\n");
        for (PluginKind kind : PluginKind.values()) {
            b.append("\n## ").append(capitalised(kind.label())).append(" types\n");
            for (PluginProvider<?> provider : registry.providers(kind)) {
                b.append('\n').append(renderType(kind, provider));
            }
        }
        b.append("\n## Initial states (built in)\n");
        for (String type : InitialStates.types()) {
            b.append("\n### `").append(type).append("`\n\n");
            b.append(table(InitialStates.parameters(type)));
        }
        return b.toString();
    }

    /** One type: its description and its parameter table. */
    public static String renderType(PluginKind kind, PluginProvider<?> provider) {
        return "### `" + provider.type() + "` (" + kind.label() + ")\n\n" + provider.description() + "\n\n"
                + table(provider.parameters());
    }

    private static String table(List<Parameter> parameters) {
        if (parameters.isEmpty()) {
            return "No parameters.\n";
        }
        StringBuilder b = new StringBuilder("| key | type | unit | default | allowed | meaning |\n")
                .append("|---|---|---|---|---|---|\n");
        rows(b, "", parameters);
        return b.toString();
    }

    private static void rows(StringBuilder b, String prefix, List<Parameter> parameters) {
        for (Parameter p : parameters) {
            String key = prefix + p.name();
            b.append("| `").append(key).append("` | ").append(p.type().label()).append(" | ")
                    .append(p.unit()).append(" | ").append(defaultText(p)).append(" | ")
                    .append(allowed(p)).append(" | ").append(p.doc().replace("|", "\\|")).append(" |\n");
            if (p.type() == ParameterType.GROUP) {
                rows(b, key + ".", p.members());
            }
        }
    }

    private static String defaultText(Parameter p) {
        if (p.defaultValue().isPresent()) {
            Object v = p.defaultValue().get();
            return v instanceof List<?> list
                    ? list.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]")) : String.valueOf(v);
        }
        return p.required() ? "required" : "optional";
    }

    private static String allowed(Parameter p) {
        if (!p.choices().isEmpty()) {
            return String.join(", ", p.choices());
        }
        return p.rangeText();
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
