package org.szilard.plugin.analyzers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.analyzer.StateRecord;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;

/** Hand-built run records: a spin-1/2 whose energies, entropies, work and heats the test chooses. */
final class Runs {

    private Runs() {
    }

    /** A reservoir that only has a temperature (analyzers never ask for its jumps). */
    record Bath(double temperature, boolean exchangesParticles) implements Reservoir {

        static Bath at(double temperature) {
            return new Bath(temperature, false);
        }

        @Override
        public List<JumpOperator> jumpOperators(InstantaneousSystem system) {
            throw new UnsupportedOperationException("not needed by analyzers");
        }
    }

    /** The state of a spin 1/2 with H = lambda S_z at the given time, energy and entropy. */
    static StateRecord state(double time, double lambda, double energy, double entropy) {
        Operator h = Operator.diagonal(0.5 * lambda, -0.5 * lambda);
        return new StateRecord(time, lambda, Operator.identity(2).times(0.5), h, energy, entropy);
    }

    /** An interval from time 0 to {@code duration} at control 4 in which the energy changes by -W + sum Q. */
    static Interval interval(double duration, double work, Map<String, Double> heat) {
        double totalHeat = heat.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Interval(state(0.0, 4.0, -1.0, 0.3), state(duration, 4.0, -1.0 - work + totalHeat, 0.3), work,
                heat, Map.of(), 0.0);
    }

    /** A converged cyclic run whose last cycle is {@code reported}. */
    static RunRecord cyclic(Interval reported, Map<String, ? extends Reservoir> reservoirs) {
        return new RunRecord(true, false, 20, true, reported, reported, new LinkedHashMap<>(reservoirs), null, null);
    }

    /** Reservoirs in a fixed declaration order. */
    static Map<String, Reservoir> reservoirs(Object... nameThenReservoir) {
        Map<String, Reservoir> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenReservoir.length; i += 2) {
            map.put((String) nameThenReservoir[i], (Reservoir) nameThenReservoir[i + 1]);
        }
        return map;
    }
}
