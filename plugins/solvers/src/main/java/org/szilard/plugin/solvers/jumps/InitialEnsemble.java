package org.szilard.plugin.solvers.jumps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.solver.SolverException;

/**
 * The pure states and weights that start the trajectories, drawn without randomness from rho = sum_a p_a |a><a|:
 * every eigenvector with p_a != 0 (beyond 1e-14 of the trace norm) starts n_a &gt;= 1 trajectories, n_a about |p_a|
 * times their number (largest remainders first), each of weight p_a / n_a. The weighted ensemble is rho itself, so
 * the initial state carries no sampling error; when rho has more such eigenvectors than trajectories were asked for,
 * each still gets one. Negative p_a (a Hermitian operator that is not a state, as in two-point-measurement
 * propagation) give negative weights, which only a closed evolution, free of jumps, may carry.
 */
final class InitialEnsemble {

    /** The initial psi (interleaved, normalised) and weight of each trajectory. */
    record Member(double[] psi, double weight) {
    }

    private InitialEnsemble() {
    }

    /**
     * @param spectrum the spectrum of the state
     * @param trajectories the number of trajectories asked for
     * @param closed whether the evolution has no jumps (negative eigenvalues allowed)
     */
    static List<Member> of(Spectrum spectrum, int trajectories, boolean closed) {
        int d = spectrum.dimension();
        double norm = 0.0;
        for (int a = 0; a < d; a++) {
            norm += Math.abs(spectrum.energy(a));
        }
        List<Integer> kept = new ArrayList<>();
        for (int a = 0; a < d; a++) {
            double p = spectrum.energy(a);
            if (Math.abs(p) > 1e-14 * norm) {
                if (p < -1e-10 * norm && !closed) {
                    throw new SolverException("jumps solver: the state has the negative eigenvalue " + p
                            + " and cannot be unravelled into trajectories");
                }
                if (p > 0.0 || closed) {
                    kept.add(a);
                }
            }
        }
        if (kept.isEmpty()) {
            throw new SolverException("jumps solver: the state is zero");
        }
        double mass = 0.0;
        for (int a : kept) {
            mass += Math.abs(spectrum.energy(a));
        }
        int total = Math.max(trajectories, kept.size());
        int extra = total - kept.size();
        int[] counts = new int[d];
        double[] remainders = new double[d];
        int given = 0;
        for (int a : kept) {
            double share = extra * Math.abs(spectrum.energy(a)) / mass;
            counts[a] = 1 + (int) Math.floor(share);
            remainders[a] = share - Math.floor(share);
            given += counts[a];
        }
        Integer[] byRemainder = kept.toArray(Integer[]::new);
        Arrays.sort(byRemainder, (a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int q = 0; given < total; q = (q + 1) % byRemainder.length) {
            counts[byRemainder[q]]++;
            given++;
        }
        Operator v = spectrum.eigenvectors();
        List<Member> members = new ArrayList<>(total);
        for (int a : kept) {
            double[] psi = new double[2 * d];
            for (int k = 0; k < d; k++) {
                psi[2 * k] = v.re(k, a);
                psi[2 * k + 1] = v.im(k, a);
            }
            for (int c = 0; c < counts[a]; c++) {
                members.add(new Member(psi, spectrum.energy(a) / counts[a]));
            }
        }
        return members;
    }
}
