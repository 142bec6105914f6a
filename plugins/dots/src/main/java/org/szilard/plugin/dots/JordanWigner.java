package org.szilard.plugin.dots;

import org.szilard.api.operator.Operator;

/**
 * Spinless fermionic modes as qubits by the Jordan-Wigner transformation, modes in Kronecker order (mode 0 is the
 * slowest index). Each mode has the basis |0> = empty (index 0), |1> = filled (index 1), and
 * d_j = Z (x) ... (x) Z (x) c (x) 1 (x) ... (x) 1 with j parity factors Z = diag(1, -1) and c = |0><1|, so that
 * {d_i, d_j^dag} = delta_ij and {d_i, d_j} = 0. A basis state |n_0 n_1 ...> is (d_0^dag)^n_0 (d_1^dag)^n_1 ... |vac>.
 */
final class JordanWigner {

    private static final Operator EMPTYING = Operator.real(new double[][] {{0, 1}, {0, 0}});
    private static final Operator PARITY = Operator.diagonal(1, -1);
    private static final Operator IDENTITY = Operator.identity(2);

    private final int modes;

    JordanWigner(int modes) {
        this.modes = modes;
    }

    /** The dimension 2^modes. */
    int dimension() {
        return 1 << modes;
    }

    /** The annihilation operator d_j with its parity string. */
    Operator annihilation(int j) {
        Operator result = null;
        for (int k = 0; k < modes; k++) {
            Operator factor = k < j ? PARITY : k == j ? EMPTYING : IDENTITY;
            result = result == null ? factor : result.kron(factor);
        }
        return result;
    }

    /** The occupation n_j = d_j^dag d_j, diagonal: 1 where mode j is filled. */
    Operator number(int j) {
        double[] occupation = new double[dimension()];
        for (int index = 0; index < occupation.length; index++) {
            occupation[index] = (index >> (modes - 1 - j)) & 1;
        }
        return Operator.diagonal(occupation);
    }
}
