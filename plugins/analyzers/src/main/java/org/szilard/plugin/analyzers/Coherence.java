package org.szilard.plugin.analyzers;

import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.plugin.ScenarioContext;

/**
 * Coherence in the eigenbasis of the instantaneous H(lambda) (physics notes, "Entropy and information"): the l1 norm
 * C_l1 = sum_{i != j} |rho_ij| and the relative entropy of coherence C_r = S(diag rho) - S(rho) in nats, of the state
 * at the end of the run (results) and at each kept instant (time-series columns {@code l1} and
 * {@code relativeEntropy}). Energies within a relative {@value #DEGENERACY} of each other form one degenerate level;
 * inside it the basis that diagonalises rho's block is used, so only coherence between different energies counts
 * (and a state coherent only inside a degenerate level has zero coherence).
 */
final class Coherence extends StateMeasures {

    /** Energies closer than this times the largest |E| (the spectral scale) are one degenerate level. */
    static final double DEGENERACY = 1e-9;

    Coherence(ScenarioContext context) {
        super(List.of("l1", "relativeEntropy"), context);
    }

    /** {C_l1, C_r} of the state in the eigenbasis of its Hamiltonian. */
    @Override
    double[] measure(Instant state) {
        Operator rho = energyBasis(math(), state.rho(), state.hamiltonian());
        int d = rho.dimension();
        double l1 = 0.0;
        double diagonalEntropy = 0.0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                if (i != j) {
                    l1 += Math.hypot(rho.re(i, j), rho.im(i, j));
                }
            }
            double p = rho.re(i, i);
            if (p > 0.0) {
                diagonalEntropy -= p * Math.log(p);
            }
        }
        return new double[] {l1, Math.max(0.0, diagonalEntropy - state.entropy())};
    }

    /**
     * rho's matrix in the eigenbasis of h, rotated inside every degenerate level so that rho's block there is
     * diagonal.
     */
    static Operator energyBasis(QuantumMath math, Operator rho, Operator h) {
        Spectrum spectrum = math.spectrum(h);
        Operator inEigenbasis = spectrum.toEigenbasis(rho);
        double[] e = spectrum.energies();
        int d = e.length;
        double scale = 0.0;
        for (double v : e) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tolerance = DEGENERACY * scale;
        Operator.Builder rotation = Operator.builder(d);
        boolean rotated = false;
        for (int start = 0; start < d; ) {
            int stop = start + 1;
            while (stop < d && e[stop] - e[stop - 1] <= tolerance) {
                stop++;
            }
            int size = stop - start;
            if (size == 1) {
                rotation.add(start, start, 1.0);
            } else {
                double[] block = new double[2 * size * size];
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < size; j++) {
                        block[2 * (i * size + j)] = inEigenbasis.re(start + i, start + j);
                        block[2 * (i * size + j) + 1] = inEigenbasis.im(start + i, start + j);
                    }
                }
                Operator w = math.spectrum(Operator.wrap(size, block)).eigenvectors();
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < size; j++) {
                        rotation.add(start + i, start + j, w.re(i, j), w.im(i, j));
                    }
                }
                rotated = true;
            }
            start = stop;
        }
        if (!rotated) {
            return inEigenbasis;
        }
        Operator u = rotation.build();
        return u.dagger().times(inEigenbasis).times(u);
    }
}
