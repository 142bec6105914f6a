package org.szilard.plugin.analyzers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.reservoir.Reservoir;

/**
 * Work, heat, efficiency, power and the thermodynamic regime of the reported stretch of a run (the last cycle of a
 * cyclic protocol). Hot and cold are the reservoirs of highest and lowest temperature; the regime is classified only
 * when they differ and some energy was exchanged. For reservoirs that exchange particles it also reports the
 * particle current taken from each and the chemical work mu_r N_r brought in with those particles (already part of
 * the extracted work), and, when counterdiabatic strokes ran, their cost: the integral of sqrt(Tr(rho H_CD^2)) over
 * time (key {@code counterdiabaticCost}). It adds no time-series columns: energy, cumulative work and heat per
 * reservoir are the kernel's own columns of every time series.
 */
final class Energetics implements Analyzer {

    /** Work and heats smaller than this, relative to the largest |Q_r|, count as zero when classifying. */
    private static final double RELATIVE_ZERO = 1e-12;

    /** The first-law residual, relative to the energy scale, above which the run carries a warning. */
    private static final double FIRST_LAW_TOLERANCE = 1e-8;

    /** The four regimes of a machine between a hot and a cold reservoir. */
    private enum Regime {
        ENGINE, REFRIGERATOR, ACCELERATOR, HEATER;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public ResultBlock finish(RunRecord run) {
        Interval interval = run.reported();
        double duration = interval.duration();
        double work = interval.work();
        Map<String, Double> heat = new LinkedHashMap<>();
        Map<String, Double> heatCurrent = new LinkedHashMap<>();
        Map<String, Double> particleCurrent = new LinkedHashMap<>();
        Map<String, Double> chemicalWork = new LinkedHashMap<>();
        double tMax = Double.NEGATIVE_INFINITY;
        double tMin = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Reservoir> e : run.reservoirs().entrySet()) {
            String name = e.getKey();
            Reservoir reservoir = e.getValue();
            double q = interval.heat().getOrDefault(name, 0.0);
            heat.put(name, q);
            heatCurrent.put(name, perTime(q, duration));
            if (reservoir.exchangesParticles()) {
                double particles = interval.particles().getOrDefault(name, 0.0);
                particleCurrent.put(name, perTime(particles, duration));
                chemicalWork.put(name, reservoir.chemicalPotential() * particles);
            }
            tMax = Math.max(tMax, reservoir.temperature());
            tMin = Math.min(tMin, reservoir.temperature());
        }

        double carnot = tMax > tMin ? 1.0 - tMin / tMax : Double.NaN;
        double efficiency = Double.NaN;
        double cop = Double.NaN;
        Regime regime = null;
        double largestHeat = heat.values().stream().mapToDouble(Math::abs).max().orElse(0.0);
        if (tMax > tMin && (work != 0.0 || largestHeat != 0.0)) {
            double qHot = heatAt(tMax, run, heat);
            double qCold = heatAt(tMin, run, heat);
            double zero = RELATIVE_ZERO * largestHeat;
            regime = work > zero ? Regime.ENGINE
                    : qCold > zero ? Regime.REFRIGERATOR
                    : qHot > zero ? Regime.ACCELERATOR
                    : Regime.HEATER;
            if (regime == Regime.ENGINE) {
                double absorbed = heat.values().stream().mapToDouble(q -> Math.max(q, 0.0)).sum();
                efficiency = absorbed > 0.0 ? work / absorbed : Double.NaN;
            } else if (regime == Regime.REFRIGERATOR && work < 0.0) {
                cop = qCold / -work;
            }
        }

        double residual = interval.firstLawResidual();
        ResultBlock block = new ResultBlock()
                .put("work", work)
                .put("heat", heat)
                .put("efficiency", efficiency)
                .put("carnotEfficiency", carnot)
                .put("power", perTime(work, duration))
                .put("cop", cop)
                .put("regime", regime == null ? null : regime.id())
                .put("firstLawResidual", residual)
                .put("heatCurrent", heatCurrent)
                .put("particleCurrent", particleCurrent)
                .put("chemicalWork", chemicalWork);
        if (interval.counterdiabaticCost() > 0.0) {
            block.put("counterdiabaticCost", interval.counterdiabaticCost());
        }
        double scale = EnergyScale.of(interval);
        if (!(Math.abs(residual) <= FIRST_LAW_TOLERANCE * scale)) {
            block.warn(String.format(Locale.ROOT, "energetics: the first law does not close: Delta E - (-W + sum Q) "
                    + "= %.3g against an energy scale of %.3g; tighten the solver tolerance", residual, scale));
        }
        return block;
    }

    /** The total heat from the reservoirs at temperature t. */
    private static double heatAt(double t, RunRecord run, Map<String, Double> heat) {
        return run.reservoirs().entrySet().stream().filter(e -> e.getValue().temperature() == t)
                .mapToDouble(e -> heat.get(e.getKey())).sum();
    }

    private static double perTime(double amount, double duration) {
        return duration > 0.0 ? amount / duration : Double.NaN;
    }
}
