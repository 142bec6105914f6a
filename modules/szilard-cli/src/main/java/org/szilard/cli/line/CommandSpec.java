package org.szilard.cli.line;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a command accepts and how its usage help reads: its name (with the parent's, e.g. {@code szilard run}), a
 * one-line header, description paragraphs, positional parameters, options, exit codes and examples. Every command
 * takes {@code -h, --help} and {@code -V, --version}, which {@link LineParser} answers before anything else.
 *
 * @param name        the qualified name, as the user types it ({@code szilard run})
 * @param header      one line saying what the command does (empty for the top command)
 * @param description paragraphs of the usage help
 * @param parameters  the positional parameters, in order
 * @param options     the options, in the order of the usage help
 * @param exitCodes   exit code and meaning, in order
 * @param examples    command lines shown at the end of the usage help
 */
public record CommandSpec(String name, String header, List<String> description, List<ParameterSpec> parameters,
                          List<OptionSpec> options, Map<String, String> exitCodes, List<String> examples) {

    /** {@code -h, --help}. */
    public static final OptionSpec HELP = OptionSpec.flag("--help", "Show this help message and exit.").withShortName("-h");
    /** {@code -V, --version}. */
    public static final OptionSpec VERSION = OptionSpec.flag("--version", "Print version information and exit.")
            .withShortName("-V");

    public CommandSpec {
        description = List.copyOf(description);
        parameters = List.copyOf(parameters);
        options = List.copyOf(options);
        exitCodes = Collections.unmodifiableMap(new LinkedHashMap<>(exitCodes));
        examples = List.copyOf(examples);
    }

    /** A builder of the command of this qualified name, with {@code --help} and {@code --version}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The option of this long or short name. */
    public Optional<OptionSpec> option(String name) {
        return options.stream().filter(o -> o.name().equals(name) || name.equals(o.shortName())).findFirst();
    }

    /** Builds a {@link CommandSpec}. */
    public static final class Builder {
        private final String name;
        private String header = "";
        private final List<String> description = new ArrayList<>();
        private final List<ParameterSpec> parameters = new ArrayList<>();
        private final List<OptionSpec> options = new ArrayList<>(List.of(HELP, VERSION));
        private final Map<String, String> exitCodes = new LinkedHashMap<>();
        private final List<String> examples = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** The one-line summary. */
        public Builder header(String text) {
            header = text;
            return this;
        }

        /** A paragraph of the description. */
        public Builder paragraph(String text) {
            description.add(text);
            return this;
        }

        /** A positional parameter. */
        public Builder parameter(ParameterSpec parameter) {
            parameters.add(parameter);
            return this;
        }

        /** An option. */
        public Builder option(OptionSpec option) {
            options.add(option);
            return this;
        }

        /** An exit code and what it means. */
        public Builder exitCode(int code, String meaning) {
            exitCodes.put(Integer.toString(code), meaning);
            return this;
        }

        /** An example command line. */
        public Builder example(String commandLine) {
            examples.add(commandLine);
            return this;
        }

        /** The command. */
        public CommandSpec build() {
            return new CommandSpec(name, header, description, parameters, options, exitCodes, examples);
        }
    }
}
