package org.szilard.plugin.analyzers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.ClosedProcess;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.operator.Spectrum;

/**
 * Exact two-point-measurement (TPM) work statistics of a closed, once-through run (Talkner, Lutz and Haenggi, PRE 75,
 * 050102, 2007). The first measurement projects the initial state rho_0 on each eigenspace n of H(lambda_0)
 * (probability p_n = Tr(Pi_n rho_0)); the post-measurement state is propagated through the protocol
 * ({@link ClosedProcess}) and the second measurement in the eigenbasis m of H(lambda_1) gives W = E_m(lambda_1) -
 * E_n(lambda_0), the work done ON the system, with probability p_n P(m|n). Work values equal to within 1e-9 times
 * the energy scale (the largest |E| of both spectra) are merged, and so are energies when forming eigenspaces; the
 * distribution lists every value reached from an eigenspace with p_n &gt; 0, even at probability 0.
 *
 * <p>The temperature T (energy units, k_B = 1) is the {@code temperature} parameter, or, when absent, inferred from
 * the initial state, which must then be a Gibbs state of H(lambda_0) (trace distance below 1e-8); otherwise T,
 * {@code freeEnergyDifference}, {@code jarzynski} and {@code crooksMaxDeviation} are null with a warning. Then
 * Delta F = -T ln(Z_1/Z_0), jarzynski = -T ln sum_W P(W) exp(-W/T), and Crooks is checked with the reverse protocol
 * (lambda_R(s) = lambda(tau - s)) started in the Gibbs state of H(lambda_1) at T: crooksMaxDeviation is the largest,
 * over the forward work values W, of |P_F(W) - P_R(-W) exp((W - Delta F)/T)|, where each reverse outcome -W'
 * counts, with its own factor exp((W' - Delta F)/T), towards the merged forward value it falls on (none: dropped).
 * Mean work and jarzynski use the unmerged outcomes. Crooks holds when the forward initial state is Gibbs at T and H(lambda) is real in a fixed basis
 * (time-reversal symmetric); Jarzynski needs only the Gibbs initial state.
 *
 * <p>Costs one propagation per occupied eigenspace (and per eigenspace for the reverse run) and O(d^3) dense algebra
 * each; dimensions above {@link #MAX_DIMENSION} are refused with a warning and null values, as are open, cyclic or
 * steady runs that are not run with a trajectory solver.
 *
 * <p>Runs with a trajectory solver (the {@code jumps} solver), unless closed and once through, report instead the
 * statistics of each trajectory's work and heat over the reported stretch ({@link TrajectoryStatistics}); Jarzynski
 * and Crooks are then null.
 */
final class Fluctuations implements Analyzer {

    /** The largest Hilbert-space dimension enumerated. */
    static final int MAX_DIMENSION = 64;

    /** Work values and energies closer than this times the energy scale are equal. */
    static final double RELATIVE_RESOLUTION = 1e-9;

    /** The largest trace distance between rho_0 and a Gibbs state for rho_0 to count as that Gibbs state. */
    static final double GIBBS_TOLERANCE = 1e-8;

    private static final String[] KEYS = {"meanWork", "freeEnergyDifference", "jarzynski", "distribution",
            "crooksMaxDeviation"};

    /** The temperature (energy), NaN to infer it from the initial state. */
    private final double temperature;

    /** @param temperature the temperature for Jarzynski and Crooks (energy units), NaN to infer it */
    Fluctuations(double temperature) {
        this.temperature = temperature;
    }

    @Override
    public ResultBlock finish(RunRecord run) {
        ResultBlock block = new ResultBlock();
        Optional<ClosedProcess> closed = run.closedProcess();
        if (closed.isEmpty() && run.trajectories().isPresent()) {
            return TrajectoryStatistics.report(block, run, run.trajectories().get());
        }
        if (closed.isEmpty()) {
            return unavailable(block, run.steady() ? "the run goes straight to the steady state"
                    : "the run is " + (run.cyclic() ? "cyclic" : "open (or has a counterdiabatic stroke)")
                    + "; run it with the jumps solver for trajectory statistics of work and heat");
        }
        ClosedProcess process = closed.get();
        int d = run.substance().dimension();
        if (d > MAX_DIMENSION) {
            return unavailable(block, "the dimension " + d + " is above " + MAX_DIMENSION
                    + ", the largest for exact enumeration");
        }
        QuantumMath math = run.math();
        Operator h0 = run.substance().hamiltonian(process.initialControl());
        Operator h1 = run.substance().hamiltonian(process.finalControl());
        Spectrum s0 = math.spectrum(h0);
        Spectrum s1 = math.spectrum(h1);
        double resolution = RELATIVE_RESOLUTION * Math.max(Double.MIN_NORMAL, Math.max(scale(s0), scale(s1)));
        Operator rho0 = run.whole().start().rho();

        List<double[]> outcomes = outcomes(process, rho0, s0, s1, resolution);
        List<double[]> forward = merge(outcomes, resolution);
        double mean = 0.0;
        for (double[] wp : outcomes) {
            mean += wp[0] * wp[1];
        }
        List<Map<String, Double>> entries = new ArrayList<>();
        for (double[] wp : forward) {
            Map<String, Double> entry = new LinkedHashMap<>();
            entry.put("work", wp[0]);
            entry.put("probability", wp[1]);
            entries.add(entry);
        }
        block.put("meanWork", mean);

        double t = temperature;
        double distance = Double.NaN;
        if (Double.isNaN(t)) {
            t = inferTemperature(rho0, s0, resolution);
        }
        if (t > 0.0) {
            distance = math.traceDistance(rho0, math.thermalState(h0, t));
        }
        if (!(t > 0.0) || Double.isNaN(temperature) && !(distance <= GIBBS_TOLERANCE)) {
            block.warn("fluctuations: the initial state is not a Gibbs state of H(lambda_0) at a positive "
                    + "temperature; give `temperature` for the Jarzynski and Crooks checks");
            return block.put("freeEnergyDifference", Double.NaN).put("jarzynski", Double.NaN)
                    .put("distribution", entries).put("crooksMaxDeviation", Double.NaN);
        }
        if (!(distance <= GIBBS_TOLERANCE)) {
            block.warn(String.format(Locale.ROOT, "fluctuations: the initial state is %.3g in trace distance from "
                    + "the Gibbs state at T = %s, so Jarzynski and Crooks need not hold", distance, t));
        }
        double dF = freeEnergy(s1, t) - freeEnergy(s0, t);
        double wMin = outcomes.isEmpty() ? 0.0 : outcomes.get(0)[0];
        double sum = 0.0;
        for (double[] wp : outcomes) {
            sum += wp[1] * Math.exp(-(wp[0] - wMin) / t);
        }
        double jarzynski = sum > 0.0 ? wMin - t * Math.log(sum) : Double.NaN;

        List<double[]> reverse = gibbsOutcomes(process.reverse(), t, s1, s0, resolution);
        double[] predicted = new double[forward.size()];
        for (double[] wp : reverse) {
            int group = groupOf(forward, -wp[0], resolution);
            if (group >= 0 && wp[1] > 0.0) {
                predicted[group] += Math.exp(Math.log(wp[1]) + (-wp[0] - dF) / t);
            }
        }
        double crooks = 0.0;
        for (int g = 0; g < forward.size(); g++) {
            crooks = Math.max(crooks, Math.abs(forward.get(g)[1] - predicted[g]));
        }
        return block.put("freeEnergyDifference", dF).put("jarzynski", jarzynski).put("distribution", entries)
                .put("crooksMaxDeviation", crooks);
    }

    private static ResultBlock unavailable(ResultBlock block, String reason) {
        for (String key : KEYS) {
            block.put(key, key.equals("distribution") ? null : Double.NaN);
        }
        return block.warn("fluctuations: no two-point-measurement statistics: " + reason);
    }

    /**
     * The TPM outcomes {W, P} of a process from {@code rho}, measured in {@code first}'s eigenspaces then
     * {@code second}'s eigenbasis, sorted by W (equal values not merged: mean work and Jarzynski use these exactly).
     */
    static List<double[]> outcomes(ClosedProcess process, Operator rho, Spectrum first, Spectrum second,
                                   double resolution) {
        Operator inBasis = first.toEigenbasis(rho);
        List<int[]> spaces = eigenspaces(first, resolution);
        double[] weights = new double[spaces.size()];
        for (int k = 0; k < weights.length; k++) {
            for (int a = spaces.get(k)[0]; a < spaces.get(k)[1]; a++) {
                weights[k] += inBasis.re(a, a);
            }
        }
        return outcomes(process, inBasis, weights, spaces, first, second);
    }

    /**
     * The outcomes from the Gibbs state of {@code first}'s operator at temperature t (energy units), with the exact
     * Boltzmann weights (not read off a matrix, whose round-off would swamp the weights of high levels).
     */
    static List<double[]> gibbsOutcomes(ClosedProcess process, double t, Spectrum first, Spectrum second,
                                        double resolution) {
        List<int[]> spaces = eigenspaces(first, resolution);
        double[] weights = new double[spaces.size()];
        double z = 0.0;
        for (int k = 0; k < weights.length; k++) {
            int[] space = spaces.get(k);
            weights[k] = (space[1] - space[0]) * Math.exp(-(first.energy(space[0]) - first.energy(0)) / t);
            z += weights[k];
        }
        for (int k = 0; k < weights.length; k++) {
            weights[k] /= z;
        }
        return outcomes(process, null, weights, spaces, first, second);
    }

    /**
     * The outcomes given the first measurement's eigenspaces, their probabilities and the state in the eigenbasis
     * ({@code null}: within each eigenspace the state is proportional to the identity).
     */
    private static List<double[]> outcomes(ClosedProcess process, Operator inBasis, double[] weights,
                                           List<int[]> spaces, Spectrum first, Spectrum second) {
        int d = first.dimension();
        List<double[]> pairs = new ArrayList<>();
        for (int k = 0; k < spaces.size(); k++) {
            int[] space = spaces.get(k);
            double p = weights[k];
            if (!(p > 0.0)) {
                continue;
            }
            Operator.Builder projected = Operator.builder(d);
            for (int a = space[0]; a < space[1]; a++) {
                if (inBasis == null) {
                    projected.add(a, a, 1.0 / (space[1] - space[0]));
                    continue;
                }
                for (int b = space[0]; b < space[1]; b++) {
                    projected.add(a, b, inBasis.re(a, b) / p, inBasis.im(a, b) / p);
                }
            }
            Operator evolved = second.toEigenbasis(process.evolve(first.fromEigenbasis(projected.build())));
            for (int m = 0; m < d; m++) {
                pairs.add(new double[] {second.energy(m) - first.energy(space[0]), p * evolved.re(m, m)});
            }
        }
        pairs.sort(Comparator.comparingDouble(wp -> wp[0]));
        return pairs;
    }

    /**
     * Sorted outcomes with work values within {@code resolution} of a group's first (lowest) value merged: {lowest
     * work, total probability, highest work} per group.
     */
    static List<double[]> merge(List<double[]> pairs, double resolution) {
        List<double[]> merged = new ArrayList<>();
        double[] group = null;
        for (double[] wp : pairs) {
            if (group != null && wp[0] - group[0] <= resolution) {
                group[1] += wp[1];
                group[2] = wp[0];
            } else {
                group = new double[] {wp[0], wp[1], wp[0]};
                merged.add(group);
            }
        }
        return merged;
    }

    /** The degenerate eigenspaces as index ranges [from, to) of the increasing energies. */
    private static List<int[]> eigenspaces(Spectrum spectrum, double resolution) {
        List<int[]> spaces = new ArrayList<>();
        int from = 0;
        for (int a = 1; a <= spectrum.dimension(); a++) {
            if (a == spectrum.dimension() || spectrum.energy(a) - spectrum.energy(from) > resolution) {
                spaces.add(new int[] {from, a});
                from = a;
            }
        }
        return spaces;
    }

    /**
     * The index of the merged group whose span [lowest, highest work] is nearest to w, if within the resolution;
     * else -1.
     */
    private static int groupOf(List<double[]> groups, double w, double resolution) {
        int best = -1;
        double nearest = resolution;
        for (int g = 0; g < groups.size(); g++) {
            double[] group = groups.get(g);
            double gap = w < group[0] ? group[0] - w : Math.max(0.0, w - group[2]);
            if (gap <= nearest) {
                nearest = gap;
                best = g;
            }
        }
        return best;
    }

    /**
     * The temperature of a Gibbs state from the populations of the two lowest eigenspaces, per level; NaN when the
     * state is not diagonal-looking at a positive finite temperature (the caller checks the whole state).
     */
    private static double inferTemperature(Operator rho, Spectrum spectrum, double resolution) {
        List<int[]> spaces = eigenspaces(spectrum, resolution);
        if (spaces.size() < 2) {
            return Double.NaN;
        }
        Operator inBasis = spectrum.toEigenbasis(rho);
        double[] level = new double[2];
        for (int k = 0; k < 2; k++) {
            int[] space = spaces.get(k);
            for (int a = space[0]; a < space[1]; a++) {
                level[k] += inBasis.re(a, a) / (space[1] - space[0]);
            }
        }
        if (!(level[1] > 0.0) || !(level[0] > level[1])) {
            return Double.NaN;
        }
        double gap = spectrum.energy(spaces.get(1)[0]) - spectrum.energy(0);
        return gap / Math.log(level[0] / level[1]);
    }

    /** F = -T ln Z, computed from the ground energy up. */
    private static double freeEnergy(Spectrum spectrum, double t) {
        double ground = spectrum.energy(0);
        double z = 0.0;
        for (double e : spectrum.energies()) {
            z += Math.exp(-(e - ground) / t);
        }
        return ground - t * Math.log(z);
    }

    private static double scale(Spectrum spectrum) {
        return Math.max(Math.abs(spectrum.energy(0)), Math.abs(spectrum.energy(spectrum.dimension() - 1)));
    }
}
