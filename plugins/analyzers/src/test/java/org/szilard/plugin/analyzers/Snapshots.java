package org.szilard.plugin.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.szilard.testkit.PluginTests.MATH;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.analyzer.Observation;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.analyzer.StateRecord;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.AffineHamiltonian;
import org.szilard.api.substance.WorkingSubstance;

/**
 * Hand-built runs that end in a chosen state and instants shown to analyzers, for the analyzers that measure a state.
 */
final class Snapshots {

    private Snapshots() {
    }

    /** A fixed Hamiltonian split into subsystems of the given dimensions. */
    static WorkingSubstance substance(Operator h, int... dims) {
        return driven(h, Operator.zero(h.dimension()), dims);
    }

    /** H(lambda) = h0 + lambda h1, split into subsystems of the given dimensions. */
    static WorkingSubstance driven(Operator h0, Operator h1, int... dims) {
        return new WorkingSubstance() {
            @Override
            public int dimension() {
                return h0.dimension();
            }

            @Override
            public Optional<AffineHamiltonian> affine() {
                return Optional.of(new AffineHamiltonian(h0, h1));
            }

            @Override
            public Operator defaultCoupling() {
                return Operator.identity(h0.dimension());
            }

            @Override
            public int[] subsystemDimensions() {
                return dims.length == 0 ? new int[] {h0.dimension()} : dims.clone();
            }
        };
    }

    /** A closed run that stays in rho under h. */
    static RunRecord ending(Operator rho, Operator h, int... dims) {
        WorkingSubstance substance = substance(h, dims);
        StateRecord s = state(substance, 1.0, rho);
        Interval whole = new Interval(s, s, 0.0, Map.of(), Map.of(), 0.0);
        return new RunRecord(false, false, 1, true, whole, whole, Map.of(), substance, MATH);
    }

    /** The state of {@code substance} at control {@code lambda}, at time 0. */
    static StateRecord state(WorkingSubstance substance, double lambda, Operator rho) {
        Operator h = substance.hamiltonian(lambda);
        return new StateRecord(0.0, lambda, rho, h, rho.traceOfProductRe(h), MATH.vonNeumannEntropy(rho));
    }

    /** An instant as the kernel shows it to analyzers; the record's accessors implement {@link Observation}. */
    private record Shown(double time, int cycle, String stroke, double lambda, Operator rho, double energy,
                         double entropy) implements Observation {
    }

    /** An instant showing a recorded state, as the kernel shows it to analyzers (cycle 1, stroke "test"). */
    static Observation observation(StateRecord state) {
        return new Shown(state.time(), 1, "test", state.lambda(), state.rho(), state.energy(), state.entropy());
    }

    /** The analyzer's time-series values at an instant, asked for as the kernel does (every slot NaN before). */
    static double[] sample(Analyzer analyzer, Observation observation) {
        double[] values = new double[analyzer.seriesColumns().size()];
        Arrays.fill(values, Double.NaN);
        analyzer.sample(observation, values);
        return values;
    }

    /**
     * The analyzer's results for the run, after checking that its series columns are its result keys and that
     * sampling the final state gives exactly the results.
     */
    static ResultBlock finishAndSampleEnd(Analyzer analyzer, RunRecord run) {
        ResultBlock block = analyzer.finish(run);
        List<String> columns = analyzer.seriesColumns();
        assertEquals(List.copyOf(block.values().keySet()), columns);
        double[] values = sample(analyzer, observation(run.whole().end()));
        for (int k = 0; k < values.length; k++) {
            assertEquals(number(block, columns.get(k)), values[k], 0.0, columns.get(k));
        }
        return block;
    }

    /** A normalised pure state from real amplitudes. */
    static Operator pure(double... amplitudes) {
        double norm = 0.0;
        for (double a : amplitudes) {
            norm += a * a;
        }
        double[] psi = new double[2 * amplitudes.length];
        for (int k = 0; k < amplitudes.length; k++) {
            psi[2 * k] = amplitudes[k] / Math.sqrt(norm);
        }
        return Operator.pure(psi);
    }

    /** The spin-1/2 state (I + r.sigma)/2 in the basis up, down. */
    static Operator bloch(double x, double y, double z) {
        return Operator.complex(new double[][] {{(1 + z) / 2, x / 2}, {x / 2, (1 - z) / 2}},
                new double[][] {{0, -y / 2}, {y / 2, 0}});
    }

    static double number(ResultBlock block, String key) {
        return ((Number) block.values().get(key)).doubleValue();
    }
}
