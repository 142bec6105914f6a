package org.szilard.plugin.spin;

import org.szilard.api.operator.Operator;

/**
 * The spin operators S_x, S_y, S_z of a spin j (hbar = 1) in the basis m = +j, +j-1, ..., -j: index k holds
 * m = j - k, so index 0 is the highest weight state.
 */
final class SpinMatrices {

    private final int dimension;
    private final Operator sx;
    private final Operator sy;
    private final Operator sz;

    /**
     * @param twiceJ 2j, a positive integer
     */
    SpinMatrices(int twiceJ) {
        if (twiceJ < 1) {
            throw new IllegalArgumentException("2j must be a positive integer, got " + twiceJ);
        }
        dimension = twiceJ + 1;
        double j = 0.5 * twiceJ;
        double[] m = new double[dimension];
        for (int k = 0; k < dimension; k++) {
            m[k] = j - k;
        }
        // S+ |m> = sqrt(j(j+1) - m(m+1)) |m+1>; |m+1> sits one index lower than |m>.
        double[][] raising = new double[dimension][dimension];
        for (int k = 1; k < dimension; k++) {
            raising[k - 1][k] = Math.sqrt(j * (j + 1) - m[k] * (m[k] + 1));
        }
        Operator sPlus = Operator.real(raising);
        Operator sMinus = sPlus.dagger();
        sz = Operator.diagonal(m);
        sx = sPlus.plus(sMinus).times(0.5);
        sy = sPlus.minus(sMinus).times(0.0, -0.5);
    }

    int dimension() {
        return dimension;
    }

    Operator sx() {
        return sx;
    }

    Operator sy() {
        return sy;
    }

    Operator sz() {
        return sz;
    }
}
