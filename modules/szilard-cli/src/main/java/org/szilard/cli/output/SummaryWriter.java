package org.szilard.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.kernel.engine.RunResult;

/**
 * Writes a run's results as a table for people: the run summary, each analyzer block with its values in one
 * aligned column (maps such as heat per reservoir indented below their key), then the warnings.
 */
public final class SummaryWriter {

    /** Lists longer than this are only counted; --json has them in full. */
    private static final int LIST_SHOWN = 6;

    /**
     * One line of the table.
     *
     * @param depth the indentation level
     * @param label the key, or a section heading when {@code value} is null
     * @param value the value as text ("" for a key with nested rows), or null for a section heading
     */
    private record Row(int depth, String label, String value) {
    }

    private SummaryWriter() {
    }

    public static void write(RunResult result, PrintWriter out) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(0, result.scenario(), null));
        rows.add(new Row(1, "cycles", " " + result.cycles() + (result.converged() ? ", converged" : ", not converged")));
        rows.add(new Row(1, "simulated time", text(result.simulatedTime())));
        rows.add(new Row(1, "wall time", text(result.wallSeconds()) + " s"));
        for (Map.Entry<String, ResultBlock> block : result.blocks().entrySet()) {
            rows.add(new Row(0, block.getKey(), null));
            addValues(rows, 1, block.getValue().values());
        }
        int width = rows.stream().filter(r -> r.value() != null)
                .mapToInt(r -> 2 * r.depth() + r.label().length()).max().orElse(0);
        boolean first = true;
        for (Row row : rows) {
            if (row.value() == null) {
                if (!first) {
                    out.println();
                }
                out.println(row.label());
            } else {
                String key = "  ".repeat(row.depth()) + row.label();
                out.println(row.value().isEmpty() ? key : key + " ".repeat(width - key.length() + 2) + row.value());
            }
            first = false;
        }
        if (!result.warnings().isEmpty()) {
            out.println();
            out.println("warnings");
            result.warnings().forEach(w -> out.println("  - " + w));
        }
        out.flush();
    }

    private static void addValues(List<Row> rows, int depth, Map<?, ?> values) {
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            String label = String.valueOf(entry.getKey());
            if (entry.getValue() instanceof Map<?, ?> nested) {
                rows.add(new Row(depth, label, nested.isEmpty() ? " (none)" : ""));
                addValues(rows, depth + 1, nested);
            } else {
                rows.add(new Row(depth, label, text(entry.getValue())));
            }
        }
    }

    /**
     * A value in the value column. Everything but a negative number starts with a space, so that signs, digits and
     * words line up.
     */
    private static String text(Object value) {
        boolean negative = value instanceof Number number && number.doubleValue() < 0;
        return negative ? plain(value) : " " + plain(value);
    }

    /** The value as text; "-" where it is undefined (null or NaN, which the JSON document writes as null). */
    private static String plain(Object value) {
        if (value == null || value instanceof Number number && Double.isNaN(number.doubleValue())) {
            return "-";
        }
        if (value instanceof Number number) {
            return NumberText.format(number);
        }
        if (value instanceof Iterable<?> list) {
            List<Object> items = StreamSupport.stream(list.spliterator(), false).collect(Collectors.toList());
            boolean simple = items.stream().noneMatch(i -> i instanceof Map || i instanceof Iterable);
            if (simple && items.size() <= LIST_SHOWN) {
                return items.stream().map(SummaryWriter::plain).collect(Collectors.joining(", ", "[", "]"));
            }
            return items.size() + " entries (see --json)";
        }
        return value.toString();
    }
}
