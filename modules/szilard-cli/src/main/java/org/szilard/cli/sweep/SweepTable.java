package org.szilard.cli.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.szilard.cli.output.CsvFields;

/**
 * The results of a sweep as a table, one row per point in the order of {@link SweepRunner#points}: the swept values
 * under their keys, then the result columns of the runs (the union over the points, in the order first met), then
 * a "problem" column when a point failed.
 */
public final class SweepTable {

    /** The column that says why a point has no results. */
    public static final String PROBLEM = "problem";

    private final List<SweepRange> ranges;
    private final List<PointResult> points;
    private final List<String> resultColumns;

    /**
     * @param ranges the swept parameters
     * @param points the points' outcomes, in the order of {@link SweepRunner#points}
     */
    public SweepTable(List<SweepRange> ranges, List<PointResult> points) {
        this.ranges = List.copyOf(ranges);
        this.points = List.copyOf(points);
        Set<String> columns = new LinkedHashSet<>();
        points.forEach(point -> columns.addAll(point.results().keySet()));
        this.resultColumns = List.copyOf(columns);
    }

    public List<SweepRange> ranges() {
        return ranges;
    }

    public List<PointResult> points() {
        return points;
    }

    /** The names of the result columns (not the swept keys). */
    public List<String> resultColumns() {
        return resultColumns;
    }

    /** The points whose run failed. */
    public List<PointResult> failures() {
        return points.stream().filter(p -> p.problem() != null).toList();
    }

    /**
     * The numeric result column a name stands for: the column of that name, or the one column whose name ends in
     * "." and the name ("work" for energetics.work, "heat.hot" for energetics.heat.hot).
     *
     * @throws IllegalArgumentException when no numeric column, or more than one, fits; the message lists them
     */
    public String resolve(String quantity) {
        return resolve(quantity, c -> points.stream().anyMatch(p -> p.results().get(c) instanceof Number));
    }

    /**
     * As {@link #resolve}, on a table of the first points to finish: a column counts unless one of them holds
     * something other than a number there (a column without a number yet may get one from a later point).
     *
     * @throws IllegalArgumentException when no such column, or more than one, fits
     */
    public String resolveEarly(String quantity) {
        return resolve(quantity, c -> points.stream().allMatch(p -> p.results().get(c) == null
                || p.results().get(c) instanceof Number));
    }

    private String resolve(String quantity, Predicate<String> numericColumn) {
        List<String> numeric = resultColumns.stream().filter(numericColumn).toList();
        if (numeric.contains(quantity)) {
            return quantity;
        }
        List<String> fits = numeric.stream().filter(c -> c.endsWith("." + quantity)).toList();
        if (fits.size() == 1) {
            return fits.get(0);
        }
        throw new IllegalArgumentException("--quantity " + quantity + ": " + (fits.isEmpty()
                ? "no such numeric result; they are " + String.join(", ", numeric)
                : "ambiguous; it could be " + String.join(" or ", fits)));
    }

    /** A result column's numbers, one per point; NaN where there is no number. */
    public double[] numbers(String column) {
        return points.stream().mapToDouble(p -> p.results().get(column) instanceof Number n
                ? n.doubleValue() : Double.NaN).toArray();
    }

    /** A result column's values as text, one per point; null where there is none. */
    public List<String> texts(String column) {
        List<String> texts = new ArrayList<>();
        for (PointResult point : points) {
            Object value = point.results().get(column);
            texts.add(value == null ? null : value.toString());
        }
        return texts;
    }

    /** The table as CSV text, lines ending in '\n', fields as {@link CsvFields} writes them. */
    public String toCsv() {
        boolean failures = !failures().isEmpty();
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        ranges.forEach(range -> header.add(range.key()));
        header.addAll(resultColumns);
        if (failures) {
            header.add(PROBLEM);
        }
        csv.append(String.join(",", header.stream().map(CsvFields::text).toList())).append('\n');
        for (PointResult point : points) {
            List<String> fields = new ArrayList<>();
            for (double value : point.coordinates()) {
                fields.add(CsvFields.number(value));
            }
            for (String column : resultColumns) {
                fields.add(field(point.results().get(column)));
            }
            if (failures) {
                fields.add(point.problem() == null ? "" : CsvFields.text(point.problem()));
            }
            csv.append(String.join(",", fields)).append('\n');
        }
        return csv.toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return CsvFields.number(((Number) value).doubleValue());
        }
        return CsvFields.text(value.toString());
    }
}
