package org.szilard.api.analyzer;

import java.util.List;

/**
 * Computes one block of results. It may follow the run step by step (online: it must not store every step, so
 * memory stays independent of the run length) and reports when the run is over.
 *
 * <p>An analyzer may also contribute columns to the run's time series ({@code timeseries.csv}): it names them in
 * {@link #seriesColumns()} and fills them in {@link #sample(Observation, double[])}, which the kernel calls only for
 * the instants it keeps (a thinned subset of the accepted steps, plus the first and the last state). The kernel
 * prefixes each name with the analyzer's type id ({@code entropy.vonNeumann}); time, cycle, stroke, control,
 * energy, cumulative work and heat are the kernel's own columns.
 */
public interface Analyzer {

    /** Called after every accepted solver step. */
    default void observe(Observation observation) {
    }

    /** The names of this analyzer's time-series columns, in lower camel case; none by default. */
    default List<String> seriesColumns() {
        return List.of();
    }

    /**
     * Fills this analyzer's time-series values at a kept instant.
     *
     * @param observation the state at that instant (valid only during the call)
     * @param values one slot per entry of {@link #seriesColumns()}, in that order; NaN where undefined
     */
    default void sample(Observation observation, double[] values) {
    }

    /** Called once at the end of the run. */
    ResultBlock finish(RunRecord run);
}
