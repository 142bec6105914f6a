package org.szilard.plugin.analyzers;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.plugin.ScenarioContext;

/**
 * Entanglement between A, the first {@code split} subsystems, and B, the rest (physics notes, "Entropy and
 * information"), of the state at the end of the run (results) and at each kept instant (time-series columns named
 * like the keys):
 * <ul>
 * <li>{@code concurrence}: Wootters' C = max(0, l1 - l2 - l3 - l4), l_i the decreasing square roots of the
 * eigenvalues of rho (sy x sy) rho* (sy x sy); only when A and B are both qubits, else null (NaN in the series);</li>
 * <li>{@code negativity}: N = (||rho^T_A||_1 - 1)/2;</li>
 * <li>{@code logNegativity}: E_N = log2 ||rho^T_A||_1, in base 2 (ebits; a Bell state has E_N = 1), as in Vidal and
 * Werner, PRA 65, 032314 (2002) and Plenio, PRL 95, 090503 (2005), unlike the entropies, which are in nats;</li>
 * <li>{@code entropyA}, {@code entropyB}: von Neumann entropies of the reduced states (nats);</li>
 * <li>{@code mutualInformation}: I(A:B) = S(A) + S(B) - S(AB) (nats).</li>
 * </ul>
 */
final class Entanglement extends StateMeasures {

    private final int[] dims;
    private final int[] a;
    private final int[] b;
    private final boolean twoQubits;

    /** @throws org.szilard.api.param.InvalidParameterException when a part of the bipartition would be empty */
    Entanglement(int split, ScenarioContext context) {
        super(List.of("concurrence", "negativity", "logNegativity", "entropyA", "entropyB", "mutualInformation"),
                context);
        dims = EntanglementProvider.check(split, substance());
        a = IntStream.range(0, split).toArray();
        b = IntStream.range(split, dims.length).toArray();
        twoQubits = Arrays.stream(dims, 0, split).reduce(1, (x, y) -> x * y) == 2
                && Arrays.stream(dims, split, dims.length).reduce(1, (x, y) -> x * y) == 2;
    }

    @Override
    double[] measure(Instant state) {
        QuantumMath math = math();
        Operator rho = state.rho();
        double norm = traceNorm(math, math.partialTranspose(rho, dims, a));
        double entropyA = math.vonNeumannEntropy(math.partialTrace(rho, dims, a));
        double entropyB = math.vonNeumannEntropy(math.partialTrace(rho, dims, b));
        return new double[] {
                twoQubits ? concurrence(math, rho) : Double.NaN,
                Math.max(0.0, (norm - 1.0) / 2.0),
                Math.max(0.0, Math.log(norm) / Math.log(2.0)),
                entropyA,
                entropyB,
                Math.max(0.0, entropyA + entropyB - state.entropy())};
    }

    /** The trace norm of a Hermitian operator: the sum of the absolute values of its eigenvalues. */
    static double traceNorm(QuantumMath math, Operator hermitian) {
        double sum = 0.0;
        for (double v : math.eigenvalues(hermitian)) {
            sum += Math.abs(v);
        }
        return sum;
    }

    /**
     * Wootters' concurrence of a two-qubit state, PRL 80, 2245 (1998). With rho = sum_i p_i |v_i><v_i|, the l_i are
     * the singular values of the symmetric matrix tau_ij = sqrt(p_i p_j) v_i^T (sy x sy) v_j (found as the positive
     * eigenvalues of its Hermitian dilation). Unlike square roots of the eigenvalues of rho rho~, they carry no
     * sqrt(round-off) error for pure or nearly pure states.
     */
    static double concurrence(QuantumMath math, Operator rho) {
        Operator flip = Operator.real(new double[][] {
                {0, 0, 0, -1}, {0, 0, 1, 0}, {0, 1, 0, 0}, {-1, 0, 0, 0}});
        Spectrum s = math.spectrum(rho);
        Operator v = s.eigenvectors();
        Operator t = v.dagger().times(flip).times(conjugate(v));
        double[] weight = new double[4];
        for (int k = 0; k < 4; k++) {
            weight[k] = Math.sqrt(Math.max(0.0, s.energy(k)));
        }
        double[] dilation = new double[2 * 8 * 8];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double w = weight[i] * weight[j];
                double re = w * t.re(i, j), im = w * t.im(i, j);
                dilation[2 * (i * 8 + 4 + j)] = re;
                dilation[2 * (i * 8 + 4 + j) + 1] = im;
                dilation[2 * ((4 + j) * 8 + i)] = re;
                dilation[2 * ((4 + j) * 8 + i) + 1] = -im;
            }
        }
        double[] ev = math.eigenvalues(Operator.wrap(8, dilation));
        // eigenvalues +-l_k, increasing: the four largest are l_1 >= l_2 >= l_3 >= l_4
        double c = ev[7] - Math.abs(ev[6]) - Math.abs(ev[5]) - Math.abs(ev[4]);
        return Math.max(0.0, c);
    }

    private static Operator conjugate(Operator a) {
        double[] entries = a.toInterleaved();
        for (int k = 1; k < entries.length; k += 2) {
            entries[k] = -entries[k];
        }
        return Operator.wrap(a.dimension(), entries);
    }
}
