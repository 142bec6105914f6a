package org.szilard.kernel.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps at most {@code capacity} rows of a run whose length is not known in advance (a cyclic run stops at its limit
 * cycle), so memory does not grow with the run. The first offered instant is always kept. A later one is kept when at
 * least the current spacing has passed since the last kept row; the spacing starts at 0 (every instant is kept).
 * Whenever the buffer is full, every other row is dropped (the first stays) and the spacing doubles (the first time,
 * it becomes twice the mean spacing of the rows kept so far). {@link #finish} adds the last state, replacing a kept
 * row at the same time. Rows are built only for kept instants.
 */
final class SeriesSampler {

    private final int capacity;
    private final List<TimeSeries.Row> rows;
    private double spacing;

    /** @param capacity the largest number of rows kept, at least 2 */
    SeriesSampler(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a time series keeps at least 2 rows, not " + capacity);
        }
        this.capacity = capacity;
        this.rows = new ArrayList<>(Math.min(capacity, 4096));
    }

    /** Whether an instant at this time would be kept by {@link #offer}. */
    boolean wants(double time) {
        return rows.isEmpty() || time - rows.get(rows.size() - 1).time() >= spacing;
    }

    /** Offers an instant; the row is built only when it is kept. */
    void offer(double time, Supplier<TimeSeries.Row> row) {
        if (wants(time)) {
            append(row.get());
        }
    }

    /** Adds the last state of the run, which is always kept. */
    void finish(TimeSeries.Row last) {
        if (!rows.isEmpty() && rows.get(rows.size() - 1).time() == last.time()) {
            rows.remove(rows.size() - 1);
        }
        append(last);
    }

    /** The rows kept, in order of time. */
    List<TimeSeries.Row> rows() {
        return List.copyOf(rows);
    }

    private void append(TimeSeries.Row row) {
        if (rows.size() == capacity) {
            thin();
        }
        rows.add(row);
    }

    private void thin() {
        double span = rows.get(rows.size() - 1).time() - rows.get(0).time();
        spacing = spacing > 0 ? 2 * spacing : 2 * span / (rows.size() - 1);
        int kept = 0;
        for (int i = 0; i < rows.size(); i += 2) {
            rows.set(kept++, rows.get(i));
        }
        rows.subList(kept, rows.size()).clear();
    }
}
