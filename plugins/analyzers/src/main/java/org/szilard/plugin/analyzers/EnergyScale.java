package org.szilard.plugin.analyzers;

import org.szilard.api.analyzer.Interval;
import org.szilard.api.operator.Operator;

/**
 * The energy scale of an interval, against which round-off sized energies are judged: the largest of |W|,
 * sum_r |Q_r|, |Delta E| and the size of H at both ends (its largest entry after removing the trace, so that a
 * constant energy offset does not count).
 */
final class EnergyScale {

    private EnergyScale() {
    }

    static double of(Interval interval) {
        double heat = interval.heat().values().stream().mapToDouble(Math::abs).sum();
        double change = Math.abs(interval.end().energy() - interval.start().energy());
        double hamiltonian =
                Math.max(traceless(interval.start().hamiltonian()), traceless(interval.end().hamiltonian()));
        return Math.max(Math.max(Math.abs(interval.work()), heat), Math.max(change, hamiltonian));
    }

    private static double traceless(Operator h) {
        int d = h.dimension();
        return h.minus(Operator.identity(d).times(h.traceRe() / d)).maxAbs();
    }
}
