package org.szilard.cli.line;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a command's arguments against its {@link CommandSpec}: options as {@code --name value}, {@code --name=value}
 * or {@code -x}, positional parameters anywhere among them, and everything after {@code --} as parameters. With
 * {@code --help} or {@code --version} among the options nothing else is checked; otherwise unknown options (with
 * the nearest known name as a suggestion), missing values, surplus or missing parameters and missing required
 * options are {@link UsageException}s.
 */
public final class LineParser {

    /** Names at most this many single-letter edits away are offered as what the user meant. */
    private static final int SUGGESTION_DISTANCE = 2;

    private LineParser() {
    }

    /** The arguments of {@code command}, checked against it. */
    public static Arguments parse(CommandSpec command, List<String> args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> parameters = new ArrayList<>();
        boolean onlyParameters = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyParameters || !arg.startsWith("-") || arg.equals("-")) {
                parameters.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyParameters = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            OptionSpec option = command.option(name).orElseThrow(() -> unknown(command, name));
            List<String> values = options.computeIfAbsent(option.name(), n -> new ArrayList<>());
            if (!option.takesValue()) {
                if (equals >= 0) {
                    throw new UsageException(command, "Option '" + option.name() + "' takes no value, but was given '"
                            + arg.substring(equals + 1) + "'");
                }
                continue;
            }
            if (!values.isEmpty() && !option.repeatable()) {
                throw new UsageException(command, "Option '" + option.name() + "' should be given only once");
            }
            if (equals >= 0) {
                values.add(arg.substring(equals + 1));
            } else if (i + 1 < args.size() && command.option(args.get(i + 1)).isEmpty()) {
                values.add(args.get(++i));
            } else {
                throw new UsageException(command, "Missing required parameter for option '" + option.name() + "' ("
                        + option.label() + ")");
            }
        }
        Arguments arguments = new Arguments(command, options, parameters);
        if (!arguments.has(CommandSpec.HELP.name()) && !arguments.has(CommandSpec.VERSION.name())) {
            check(command, arguments, parameters);
        }
        return arguments;
    }

    private static void check(CommandSpec command, Arguments arguments, List<String> parameters) {
        List<ParameterSpec> declared = command.parameters();
        if (parameters.size() > declared.size()) {
            String first = parameters.get(declared.size());
            throw new UsageException(command, declared.isEmpty()
                    ? "Unexpected argument '" + first + "': " + command.name() + " takes no parameters"
                    : "Unexpected argument '" + first + "' after " + String.join(" ",
                            declared.stream().map(ParameterSpec::label).toList()));
        }
        for (int i = parameters.size(); i < declared.size(); i++) {
            if (!declared.get(i).optional()) {
                throw new UsageException(command, "Missing required parameter: '" + declared.get(i).label() + "'");
            }
        }
        for (OptionSpec option : command.options()) {
            if (option.required() && !arguments.has(option.name())) {
                throw new UsageException(command, "Missing required option: '" + option.synopsis() + "'");
            }
        }
    }

    private static UsageException unknown(CommandSpec command, String name) {
        return new UsageException(command, "Unknown option: '" + name + "'",
                nearest(command.options().stream().map(OptionSpec::name).toList(), name));
    }

    /** The first of the known words that is at most two single-letter edits from the given one, or null. */
    public static String nearest(List<String> known, String given) {
        return known.stream().filter(word -> distance(word, given) <= SUGGESTION_DISTANCE).findFirst().orElse(null);
    }

    /** The number of single-letter insertions, deletions and substitutions that turn one word into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
