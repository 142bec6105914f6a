package org.szilard.cli.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.szilard.kernel.engine.TimeSeries;

/**
 * The charts of a run's time series: energy, work and heat against time; the path in the (lambda, energy) plane;
 * and the path in the (entropy, temperature) plane when the entropy analyzer ran. A chart whose columns the series
 * lacks is left out.
 *
 * <p>The temperature is the effective temperature of a spin-1/2 with H = lambda S_z, whose energy levels are
 * -+lambda/2: the temperature of the Gibbs state with the same populations, T = lambda / (2 artanh(-2E/lambda)),
 * read from lambda and the energy E = Tr(rho H) of each instant. It is exact for that substance (E fixes the two
 * populations) and undefined for others, whose charts show the entropy against lambda instead. At lambda = 0 it does
 * not exist and the point is left out; a population inversion gives a negative temperature, plotted as it is.
 */
public final class SeriesCharts {

    /** The energetics chart's file. */
    public static final String ENERGETICS = "energetics.png";

    /** The (lambda, energy) chart's file. */
    public static final String LAMBDA_ENERGY = "cycle-lambda-energy.png";

    /** The (entropy, temperature) chart's file. */
    public static final String ENTROPY_TEMPERATURE = "cycle-entropy-temperature.png";

    /** The chart of the entropy against lambda, drawn instead of the temperature chart for other substances. */
    public static final String ENTROPY_LAMBDA = "entropy-lambda.png";

    static final String TIME = "time t (1/energy)";
    static final String ENERGY = "energy (energy units)";
    static final String LAMBDA = "control λ (energy units)";
    static final String ENTROPY = "von Neumann entropy S (nats)";
    static final String ENTROPY_COLUMN = "entropy.vonNeumann";

    private SeriesCharts() {
    }

    /**
     * The charts of a series.
     *
     * @param series the run's time series
     * @param spinHalf whether the substance is a spin-1/2 with H = lambda S_z, which has an effective temperature
     */
    public static List<Chart> of(TimeSeries series, boolean spinHalf) {
        List<Chart> charts = new ArrayList<>();
        energetics(series).ifPresent(charts::add);
        lambdaEnergy(series).ifPresent(charts::add);
        entropy(series, spinHalf).ifPresent(charts::add);
        return charts;
    }

    /** Energy, cumulative extracted work and cumulative heat from each reservoir against time. */
    static Optional<Chart> energetics(TimeSeries series) {
        if (series.rows().size() < 2 || !series.quantities().contains("energy")) {
            return Optional.empty();
        }
        double[] time = times(series);
        List<Curve> curves = new ArrayList<>();
        curves.add(new Curve("energy E", time, column(series, "energy")));
        if (series.quantities().contains("work")) {
            curves.add(new Curve("extracted work W", time, column(series, "work")));
        }
        for (String quantity : series.quantities()) {
            if (quantity.startsWith("heat.")) {
                String reservoir = quantity.substring("heat.".length());
                curves.add(new Curve("heat Q from " + reservoir, time, column(series, quantity)));
            }
        }
        return Optional.of(new Chart(ENERGETICS, "Energy, work and heat (cumulative) against time", TIME, ENERGY,
                Chart.Style.LINES, curves));
    }

    /** The path of the state in the (lambda, energy) plane, the last cycle drawn on top. */
    static Optional<Chart> lambdaEnergy(TimeSeries series) {
        if (series.rows().size() < 2 || !series.quantities().containsAll(List.of("lambda", "energy"))) {
            return Optional.empty();
        }
        return Optional.of(new Chart(LAMBDA_ENERGY, path(series) + " in the (λ, E) plane", LAMBDA, ENERGY,
                Chart.Style.LINES, withLastCycle(series, column(series, "lambda"), column(series, "energy"))));
    }

    /** The entropy against the effective temperature (spin-1/2) or against lambda (other substances). */
    static Optional<Chart> entropy(TimeSeries series, boolean spinHalf) {
        if (series.rows().size() < 2 || !series.quantities().containsAll(List.of("lambda", ENTROPY_COLUMN))) {
            return Optional.empty();
        }
        double[] lambda = column(series, "lambda");
        double[] entropy = column(series, ENTROPY_COLUMN);
        if (!spinHalf || !series.quantities().contains("energy")) {
            return Optional.of(new Chart(ENTROPY_LAMBDA, "Entropy against the control λ", LAMBDA, ENTROPY,
                    Chart.Style.LINES, withLastCycle(series, lambda, entropy)));
        }
        double[] energy = column(series, "energy");
        double[] temperature = new double[lambda.length];
        for (int i = 0; i < lambda.length; i++) {
            temperature[i] = spinHalfTemperature(lambda[i], energy[i]);
        }
        return Optional.of(new Chart(ENTROPY_TEMPERATURE, path(series) + " in the (S, T) plane, T the spin's "
                + "effective temperature", ENTROPY, "effective temperature T = λ / (2 artanh(-2E/λ)) (energy units)",
                Chart.Style.LINES, withLastCycle(series, entropy, temperature)));
    }

    /**
     * The temperature of the Gibbs state of H = lambda S_z (spin-1/2) with energy E: lambda / (2 artanh(-2E/lambda));
     * NaN when lambda = 0 or |2E/lambda| > 1.
     */
    static double spinHalfTemperature(double lambda, double energy) {
        double polarisation = -2 * energy / lambda;
        if (lambda == 0 || !(Math.abs(polarisation) <= 1)) {
            return Double.NaN;
        }
        double artanh = 0.5 * Math.log((1 + polarisation) / (1 - polarisation));
        return lambda / (2 * artanh);
    }

    /** "Cycles" for a series over more than one cycle, else "Path". */
    private static String path(TimeSeries series) {
        return lastCycle(series) > 1 ? "Cycles" : "Path";
    }

    private static int lastCycle(TimeSeries series) {
        return series.rows().get(series.rows().size() - 1).cycle();
    }

    /** The whole path, and the last cycle's part of it as a second curve when there was more than one cycle. */
    private static List<Curve> withLastCycle(TimeSeries series, double[] x, double[] y) {
        List<Curve> curves = new ArrayList<>();
        curves.add(new Curve("whole run", x, y));
        List<TimeSeries.Row> rows = series.rows();
        int last = lastCycle(series);
        int first = 0;
        while (rows.get(first).cycle() < last) {
            first++;
        }
        if (last > 1 && rows.size() - first >= 2) {
            int from = first > 0 ? first - 1 : first;
            curves.add(new Curve("cycle " + last + " (last)", Arrays.copyOfRange(x, from, x.length),
                    Arrays.copyOfRange(y, from, y.length)));
        }
        return curves;
    }

    private static double[] times(TimeSeries series) {
        return series.rows().stream().mapToDouble(TimeSeries.Row::time).toArray();
    }

    /** A quantity's values in row order. */
    static double[] column(TimeSeries series, String quantity) {
        int index = series.quantities().indexOf(quantity);
        return series.rows().stream().mapToDouble(row -> row.values()[index]).toArray();
    }
}
