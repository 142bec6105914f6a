package org.szilard.plugin.analyzers;

import java.util.List;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.Observation;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.WorkingSubstance;

/**
 * An analyzer whose numbers are functions of one state: its result block measures the state at the end of the run,
 * and its time-series columns, named like the result keys, measure the state at each kept instant with the same
 * {@link #measure} (so the last row of the series equals the result). It keeps nothing from step to step.
 */
abstract class StateMeasures implements Analyzer {

    private final List<String> keys;
    private final WorkingSubstance substance;
    private final QuantumMath math;

    /**
     * @param keys the result keys and series columns, in the order of {@link #measure}'s values
     * @param context the scenario, which must have its working substance (it gives H(lambda) at kept instants)
     */
    StateMeasures(List<String> keys, ScenarioContext context) {
        this.keys = List.copyOf(keys);
        this.substance = context.substance().orElseThrow(() ->
                new IllegalStateException("an analyzer of the state needs the scenario's working substance"));
        this.math = context.math();
    }

    /** The measures of one state, one per key, in the order of the keys; NaN where undefined. */
    abstract double[] measure(Instant state);

    /** The working substance. */
    final WorkingSubstance substance() {
        return substance;
    }

    /** The kernel's linear algebra. */
    final QuantumMath math() {
        return math;
    }

    @Override
    public final List<String> seriesColumns() {
        return keys;
    }

    @Override
    public final void sample(Observation observation, double[] values) {
        double[] measures = measure(Instant.of(observation, substance));
        System.arraycopy(measures, 0, values, 0, measures.length);
    }

    /** The measures of the state at the end of the run. */
    @Override
    public ResultBlock finish(RunRecord run) {
        return block(measure(Instant.of(run.whole().end())));
    }

    /** A result block with the keys and the given measures (NaN is written as null). */
    final ResultBlock block(double[] measures) {
        ResultBlock block = new ResultBlock();
        for (int k = 0; k < keys.size(); k++) {
            block.put(keys.get(k), measures[k]);
        }
        return block;
    }
}
