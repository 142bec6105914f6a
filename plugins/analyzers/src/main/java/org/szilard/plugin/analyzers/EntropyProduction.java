package org.szilard.plugin.analyzers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.analyzer.Observation;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.reservoir.Reservoir;

/**
 * The von Neumann entropy at the start and end of the run and Spohn's entropy production
 * Sigma = Delta S - sum_r Q_r / T_r over the reported stretch (the last cycle of a cyclic protocol). A reservoir at
 * T = 0 that exchanges heat makes Sigma infinite; it is then reported as null with a warning. Its time-series column
 * {@code vonNeumann} is the von Neumann entropy of the state, in nats.
 */
final class EntropyProduction implements Analyzer {

    /** Below this, relative to the energy scale, the heat of a zero-temperature reservoir counts as zero. */
    private static final double RELATIVE_ZERO = 1e-12;

    /** Entropy production below minus this is reported as a violation of the second law. */
    private static final double VIOLATION_THRESHOLD = 1e-9;

    @Override
    public List<String> seriesColumns() {
        return List.of("vonNeumann");
    }

    @Override
    public void sample(Observation observation, double[] values) {
        values[0] = observation.entropy();
    }

    @Override
    public ResultBlock finish(RunRecord run) {
        Interval interval = run.reported();
        String over = run.steady() ? "rate in the steady state" : run.cyclic() ? "over the last cycle" : "over the run";
        ResultBlock block = new ResultBlock()
                .put("initial", run.whole().start().entropy())
                .put("final", run.whole().end().entropy());
        double negligibleHeat = RELATIVE_ZERO * EnergyScale.of(interval);
        double production = interval.end().entropy() - interval.start().entropy();
        for (Map.Entry<String, Reservoir> e : run.reservoirs().entrySet()) {
            double q = interval.heat().getOrDefault(e.getKey(), 0.0);
            double t = e.getValue().temperature();
            if (t > 0.0) {
                production -= q / t;
            } else if (Math.abs(q) > negligibleHeat) {
                production = Double.NaN;
                block.warn(String.format(Locale.ROOT, "entropy: reservoir '%s' at temperature 0 exchanged heat %.3g "
                        + "%s, so the entropy production is %s; reported as null%s", e.getKey(), q, over,
                        q < 0 ? "+infinite" : "-infinite",
                        q < 0 ? "" : " (heat taken from a zero-temperature reservoir: the second law is violated)"));
            }
        }
        block.put("production", production);
        if (production < -VIOLATION_THRESHOLD) {
            block.warn(String.format(Locale.ROOT, "entropy: the second law is violated: the entropy production %s is "
                    + "%.6g < 0", over, production));
        }
        return block;
    }
}
