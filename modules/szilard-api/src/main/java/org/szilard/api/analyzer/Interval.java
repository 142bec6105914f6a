package org.szilard.api.analyzer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The energetic balance of a stretch of the run (one cycle, or the whole run), with the sign conventions of the
 * physics notes: work is extracted work, heat is taken from each reservoir.
 *
 * @param start the state at the start
 * @param end the state at the end
 * @param work the work extracted, W = -integral of Tr(rho dH/dt) dt (plus chemical work delivered)
 * @param heat the heat taken from each reservoir, by name in declaration order (0 for reservoirs never attached)
 * @param particles the particles taken from each reservoir, by name
 * @param chemicalWork the chemical work sum_r mu_r * particles_r brought in by particle currents (included in work)
 * @param counterdiabaticCost the cost of counterdiabatic driving, the integral over time of sqrt(Tr(rho H_CD^2))
 *                            on counterdiabatic strokes (energy times time; 0 without such strokes)
 */
public record Interval(StateRecord start, StateRecord end, double work, Map<String, Double> heat,
                       Map<String, Double> particles, double chemicalWork, double counterdiabaticCost) {

    public Interval {
        heat = Collections.unmodifiableMap(new LinkedHashMap<>(heat));
        particles = Collections.unmodifiableMap(new LinkedHashMap<>(particles));
    }

    /** An interval without counterdiabatic driving. */
    public Interval(StateRecord start, StateRecord end, double work, Map<String, Double> heat,
                    Map<String, Double> particles, double chemicalWork) {
        this(start, end, work, heat, particles, chemicalWork, 0.0);
    }

    /** The duration in time. */
    public double duration() {
        return end.time() - start.time();
    }

    /** The sum of the heats. */
    public double totalHeat() {
        return heat.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Delta E - (-W + sum Q): zero when the first law closes. */
    public double firstLawResidual() {
        return (end.energy() - start.energy()) - (-work + totalHeat());
    }
}
