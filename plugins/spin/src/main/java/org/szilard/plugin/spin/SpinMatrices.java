package org.szilard.plugin.spin;

import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;

/**
 * The spin operators S_x, S_y, S_z and the lowering operator S_- of a spin j (hbar = 1) in the basis
 * m = +j, +j-1, ..., -j: index k holds m = j - k, so index 0 is the highest weight state.
 */
final class SpinMatrices {

    /** The {@code spin} parameter shared by the single spin and the chain. */
    static final Parameter SPIN_PARAMETER =
            Parameter.real("spin", "The spin quantum number j: a positive multiple of 1/2 (dimension 2j + 1).")
                    .unit("").above(0).defaultValue(0.5);

    private final int dimension;
    private final Operator sx;
    private final Operator sy;
    private final Operator sz;
    private final Operator lowering;

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
        // S- |m> = sqrt(j(j+1) - m(m-1)) |m-1>; |m-1> sits one index higher than |m>.
        Operator.Builder minus = Operator.builder(dimension);
        for (int k = 0; k + 1 < dimension; k++) {
            minus.add(k + 1, k, Math.sqrt(j * (j + 1) - m[k] * (m[k] - 1)));
        }
        lowering = minus.build();
        Operator raising = lowering.dagger();
        sz = Operator.diagonal(m);
        sx = raising.plus(lowering).times(0.5);
        sy = raising.minus(lowering).times(0.0, -0.5);
    }

    /**
     * The spin matrices for the value of the {@code spin} parameter.
     *
     * @throws InvalidParameterException when j is not a positive multiple of 1/2
     */
    static SpinMatrices forSpin(double j) {
        double twiceJ = 2.0 * j;
        if (!(twiceJ >= 1.0) || Math.abs(twiceJ - Math.rint(twiceJ)) > 1e-9) {
            throw new InvalidParameterException("spin",
                    "spin must be a positive multiple of 1/2 (0.5, 1, 1.5, ...), got " + j);
        }
        return new SpinMatrices((int) Math.rint(twiceJ));
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

    /** S_- = S_x - i S_y. */
    Operator lowering() {
        return lowering;
    }
}
