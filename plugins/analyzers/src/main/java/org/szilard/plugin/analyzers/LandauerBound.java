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
 * Landauer's principle over the whole run (physics notes): the heat dissipated into the chosen reservoir r,
 * Q = -Q_r (heat taken from r is Q_r), is at least T_r Delta S with Delta S = S_initial - S_final the entropy removed
 * from the system (nats). Reported: {@code heatDissipated} Q, {@code entropyRemoved} Delta S, {@code bound}
 * T_r Delta S, {@code boundRatio} Q / (T_r Delta S) (null unless T_r Delta S > 0) and {@code bitsErased}
 * Delta S / ln 2.
 *
 * <p>With several reservoirs only the chosen one counts (the bound holds for the heat into one bath at one
 * temperature); when the others exchange heat over the run, a warning says the bound need not hold. A violation
 * Q &lt; T Delta S beyond round-off is also warned about: it can only come from numerical trouble or a reservoir
 * model that is not thermal (for example the local form outside its validity).
 *
 * <p>Its time-series column {@code entropyRemoved} is the entropy removed so far, S_initial - S(t) (nats), taken
 * from the first instant sampled, which is the initial state (the kernel always keeps it). When r is the only
 * reservoir exchanging heat, the heat dissipated up to t (minus the kernel's column {@code heat.r}) is at least T_r
 * times it at every t.
 */
final class LandauerBound implements Analyzer {

    /** Heats and violations below this times the energy scale of the run count as round-off. */
    private static final double RELATIVE_TOLERANCE = 1e-8;

    private final String reservoir;

    /** Whether an instant was sampled: the first one fixes {@link #initialEntropy}. */
    private boolean sampled;

    /** The entropy of the first sampled instant (NaN if it could not be computed). */
    private double initialEntropy = Double.NaN;

    /** @param reservoir the reservoir's name, or null for the only reservoir of the run */
    LandauerBound(String reservoir) {
        this.reservoir = reservoir;
    }

    @Override
    public List<String> seriesColumns() {
        return List.of("entropyRemoved");
    }

    @Override
    public void sample(Observation observation, double[] values) {
        if (!sampled) {
            sampled = true;
            initialEntropy = observation.entropy();
        }
        values[0] = initialEntropy - observation.entropy();
    }

    @Override
    public ResultBlock finish(RunRecord run) {
        Interval whole = run.whole();
        String name = reservoir;
        if (name == null) {
            if (run.reservoirs().size() != 1) {
                throw new IllegalStateException("landauer: name the reservoir; the run has " + run.reservoirs().keySet());
            }
            name = run.reservoirs().keySet().iterator().next();
        }
        Reservoir bath = run.reservoirs().get(name);
        if (bath == null) {
            throw new IllegalStateException("landauer: no reservoir named '" + name + "' in " + run.reservoirs().keySet());
        }
        double t = bath.temperature();
        double heat = -whole.heat().getOrDefault(name, 0.0);
        double removed = whole.start().entropy() - whole.end().entropy();
        double bound = t * removed;
        double ratio = bound > 0.0 ? heat / bound : Double.NaN;
        ResultBlock block = new ResultBlock()
                .put("heatDissipated", heat)
                .put("entropyRemoved", removed)
                .put("bound", bound)
                .put("boundRatio", ratio)
                .put("bitsErased", removed / Math.log(2.0));
        double tolerance = RELATIVE_TOLERANCE * Math.max(EnergyScale.of(whole), Math.abs(bound));
        for (Map.Entry<String, Double> e : whole.heat().entrySet()) {
            if (!e.getKey().equals(name) && Math.abs(e.getValue()) > tolerance) {
                block.warn(String.format(Locale.ROOT, "landauer: reservoir '%s' also exchanged heat %.6g; the bound "
                        + "T Delta S is for the heat into '%s' alone and need not hold", e.getKey(), e.getValue(), name));
            }
        }
        if (heat < bound - tolerance) {
            block.warn(String.format(Locale.ROOT, "landauer: Landauer's bound is violated: heat dissipated %.6g < "
                    + "T Delta S = %.6g (numerical trouble or a reservoir model that is not thermal)", heat, bound));
        }
        return block;
    }
}
