package org.szilard.cli.line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The usage help of a command, for a terminal of {@value #WIDTH} columns: its header, a synopsis, the description,
 * parameters and options with what they do, the subcommands (for the top command), exit codes and examples.
 */
public final class UsageHelp {

    /** The width the text is wrapped to. */
    static final int WIDTH = 80;
    /** Option and parameter names longer than this put their description on the next line. */
    private static final int NAME_COLUMN = 22;
    private static final String NL = System.lineSeparator();

    private UsageHelp() {
    }

    /** The usage help of a command without subcommands. */
    public static String of(CommandSpec command) {
        return of(command, Map.of());
    }

    /**
     * The usage help of a command.
     *
     * @param subcommands the subcommands' names and headers, in order; empty for a command without any
     */
    public static String of(CommandSpec command, Map<String, String> subcommands) {
        StringBuilder text = new StringBuilder();
        if (!command.header().isEmpty()) {
            text.append(wrap(command.header(), 0, 0)).append(NL);
        }
        text.append(synopsis(command, !subcommands.isEmpty())).append(NL);
        for (String paragraph : command.description()) {
            text.append(NL).append(wrap(paragraph, 0, 0)).append(NL);
        }
        List<String[]> rows = new ArrayList<>();
        command.parameters().forEach(p -> rows.add(new String[] {"      " + p.synopsis(), p.description()}));
        command.options().stream().sorted(Comparator.comparing(UsageHelp::sortKey)).forEach(o -> rows.add(new String[] {
            (o.shortName() == null ? "      " : "  " + o.shortName() + ", ") + o.synopsis(), o.description()}));
        text.append(NL).append(table(rows, NAME_COLUMN));
        if (!subcommands.isEmpty()) {
            List<String[]> commands = new ArrayList<>();
            subcommands.forEach((name, header) -> commands.add(new String[] {"  " + name, header}));
            text.append(NL).append("Commands:").append(NL).append(table(commands, WIDTH));
        }
        if (!command.exitCodes().isEmpty()) {
            List<String[]> codes = new ArrayList<>();
            command.exitCodes().forEach((code, meaning) -> codes.add(new String[] {"  " + code, meaning}));
            text.append(NL).append("Exit codes:").append(NL).append(table(codes, WIDTH));
        }
        if (!command.examples().isEmpty()) {
            text.append(NL).append("Examples:").append(NL);
            command.examples().forEach(example -> text.append("  ").append(example).append(NL));
        }
        return text.toString();
    }

    /** {@code Usage: szilard run [-hV] [--debug] [--json] [--out=DIR] FILE}, wrapped under its first word. */
    private static String synopsis(CommandSpec command, boolean hasSubcommands) {
        List<String> words = new ArrayList<>();
        String letters = command.options().stream().filter(o -> o.shortName() != null && !o.takesValue())
                .map(o -> o.shortName().substring(1)).sorted(String.CASE_INSENSITIVE_ORDER).reduce("", String::concat);
        if (!letters.isEmpty()) {
            words.add("[-" + letters + "]");
        }
        command.options().stream().filter(o -> o.shortName() == null).sorted(Comparator.comparing(UsageHelp::sortKey))
                .forEach(o -> {
                    if (!o.required()) {
                        words.add("[" + o.synopsis() + "]" + (o.repeatable() ? "..." : ""));
                    } else {
                        words.add(o.synopsis());
                        if (o.repeatable()) {
                            words.add("[" + o.synopsis() + "]...");
                        }
                    }
                });
        command.parameters().forEach(p -> words.add(p.synopsis()));
        if (hasSubcommands) {
            words.add("[COMMAND]");
        }
        String start = "Usage: " + command.name() + " ";
        return start + wrap(String.join(" ", words), start.length(), start.length());
    }

    private static String sortKey(OptionSpec option) {
        return option.name().replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Two columns: names, and their descriptions starting three places after the longest name of at most
     * {@code nameLimit} characters; a longer name puts its description on the next line.
     */
    private static String table(List<String[]> rows, int nameLimit) {
        int widest = rows.stream().mapToInt(r -> r[0].length()).filter(w -> w <= nameLimit).max().orElse(nameLimit);
        int column = widest + 3;
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            text.append(row[0]);
            if (row[0].length() > widest) {
                text.append(NL).append(" ".repeat(column));
            } else {
                text.append(" ".repeat(column - row[0].length()));
            }
            text.append(wrap(row[1], column, column + 2)).append(NL);
        }
        return text.toString();
    }

    /**
     * The words of {@code text} in lines of at most {@link #WIDTH} columns: the first continues a line already
     * {@code first} columns long, the others are indented by {@code next}.
     */
    static String wrap(String text, int first, int next) {
        StringBuilder out = new StringBuilder();
        int length = first;
        boolean lineStart = true;
        for (String word : text.split(" +")) {
            if (!lineStart && length + 1 + word.length() > WIDTH) {
                out.append(NL).append(" ".repeat(next));
                length = next;
                lineStart = true;
            }
            if (!lineStart) {
                out.append(' ');
                length++;
            }
            out.append(word);
            length += word.length();
            lineStart = false;
        }
        return out.toString();
    }
}
