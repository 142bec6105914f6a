package org.szilard.cli.line;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A parsed command line: the options given (by long name, values in order) and the positional parameters. */
public final class Arguments {

    private final CommandSpec command;
    private final Map<String, List<String>> options;
    private final List<String> parameters;

    Arguments(CommandSpec command, Map<String, List<String>> options, List<String> parameters) {
        this.command = command;
        this.options = new LinkedHashMap<>(options);
        this.parameters = List.copyOf(parameters);
    }

    /** The command these arguments are for. */
    public CommandSpec command() {
        return command;
    }

    /** Whether the option (by long name) was given. */
    public boolean has(String option) {
        return options.containsKey(option);
    }

    /** The value of an option given once, if given. */
    public Optional<String> value(String option) {
        List<String> values = values(option);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** The values of an option, in the order given; empty when it was not given. */
    public List<String> values(String option) {
        return options.getOrDefault(option, List.of());
    }

    /** The positional parameter at an index, if given. */
    public Optional<String> parameter(int index) {
        return index < parameters.size() ? Optional.of(parameters.get(index)) : Optional.empty();
    }

    /** The value of an option as a path, or null when the option was not given. */
    public Path path(String option) {
        return value(option).map(v -> toPath(v, "option '" + option + "'")).orElse(null);
    }

    /** The positional parameter at an index as a path, or null when it was not given. */
    public Path pathParameter(int index) {
        return parameter(index).map(v -> toPath(v, "parameter '" + command.parameters().get(index).label() + "'"))
                .orElse(null);
    }

    /** The value of an option as an integer, or null when the option was not given. */
    public Integer integer(String option) {
        return value(option).map(v -> {
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw new UsageException(command, "Invalid value for option '" + option + "': '" + v
                        + "' is not an integer");
            }
        }).orElse(null);
    }

    /** The value of an option as a constant of an enum, matched without regard to case; null when not given. */
    public <E extends Enum<E>> E choice(String option, Class<E> type) {
        return value(option).map(v -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(v)) {
                    return constant;
                }
            }
            throw new UsageException(command, "Invalid value for option '" + option + "': expected one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()) + " but was '" + v + "'");
        }).orElse(null);
    }

    private Path toPath(String value, String what) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(command, "Invalid value for " + what + ": " + e.getMessage());
        }
    }
}
