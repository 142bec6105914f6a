package org.szilard.kernel.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.analyzer.StateRecord;
import org.szilard.kernel.dynamics.StateLayout;

/**
 * Running totals of mechanical work, heat, particles and the cost of counterdiabatic driving over a stretch of the
 * run, collected segment by segment from the bookkeeping components of the solver state.
 */
final class Ledger {

    private final List<String> reservoirNames;
    private final double[] chemicalPotentials;
    private double mechanicalWork;
    private double counterdiabaticCost;
    private final double[] heat;
    private final double[] particles;

    Ledger(List<String> reservoirNames, double[] chemicalPotentials) {
        this.reservoirNames = reservoirNames;
        this.chemicalPotentials = chemicalPotentials;
        this.heat = new double[reservoirNames.size()];
        this.particles = new double[reservoirNames.size()];
    }

    void reset() {
        mechanicalWork = 0;
        counterdiabaticCost = 0;
        java.util.Arrays.fill(heat, 0);
        java.util.Arrays.fill(particles, 0);
    }

    /** Adds what one segment integrated into y. */
    void addSegment(double[] y, StateLayout layout) {
        mechanicalWork += y[layout.work()];
        counterdiabaticCost += y[layout.counterdiabaticCost()];
        for (int r = 0; r < heat.length; r++) {
            heat[r] += y[layout.heat(r)];
            particles[r] += y[layout.particles(r)];
        }
    }

    /**
     * Adds this ledger's extracted work (as in {@link #interval}) to {@code totals[0]} and its heat from reservoir r
     * to {@code totals[1 + r]}, together with what a segment in progress has integrated so far into {@code y} (null
     * for none).
     */
    void addTotals(double[] y, StateLayout layout, double[] totals) {
        double work = mechanicalWork + (y == null ? 0.0 : y[layout.work()]);
        for (int r = 0; r < heat.length; r++) {
            double n = particles[r] + (y == null ? 0.0 : y[layout.particles(r)]);
            work -= chemicalPotentials[r] * n;
            totals[1 + r] += heat[r] + (y == null ? 0.0 : y[layout.heat(r)]);
        }
        totals[0] += work;
    }

    /** Adds extracted work done outside the ODE (the sudden jump of the control between segments). */
    void addWork(double extracted) {
        mechanicalWork += extracted;
    }

    /** Adds another ledger's totals. */
    void add(Ledger other) {
        mechanicalWork += other.mechanicalWork;
        counterdiabaticCost += other.counterdiabaticCost;
        for (int r = 0; r < heat.length; r++) {
            heat[r] += other.heat[r];
            particles[r] += other.particles[r];
        }
    }

    /**
     * The integral over time of sqrt(Tr(rho H_CD^2)) on the counterdiabatic strokes (energy times time; see
     * {@link StateLayout#counterdiabaticCost()}).
     */
    double counterdiabaticCost() {
        return counterdiabaticCost;
    }

    /** The interval between two states with these totals. */
    Interval interval(StateRecord start, StateRecord end) {
        Map<String, Double> q = new LinkedHashMap<>();
        Map<String, Double> n = new LinkedHashMap<>();
        double chemical = 0;
        for (int r = 0; r < heat.length; r++) {
            q.put(reservoirNames.get(r), heat[r]);
            n.put(reservoirNames.get(r), particles[r]);
            chemical += chemicalPotentials[r] * particles[r];
        }
        return new Interval(start, end, mechanicalWork - chemical, q, n, chemical, counterdiabaticCost);
    }
}
