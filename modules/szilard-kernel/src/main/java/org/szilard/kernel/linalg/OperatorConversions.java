package org.szilard.kernel.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.szilard.api.operator.Operator;

import java.util.Arrays;

/**
 * Conversions between the API's {@link Operator} and EJML's dense {@link ZMatrixRMaj}. Both store dense entries
 * row-major with real and imaginary parts interleaved, so converting a dense operator is a single array copy; a
 * sparse operator is scattered into the zeroed matrix (O(d^2)). Operators made from matrices are dense (results of
 * dense numerics: eigenvectors, Gibbs states, partial traces).
 */
public final class OperatorConversions {

    private OperatorConversions() {
    }

    /** A new matrix holding the operator's entries. */
    public static ZMatrixRMaj toMatrix(Operator operator) {
        int d = operator.dimension();
        ZMatrixRMaj m = new ZMatrixRMaj(d, d);
        operator.copyInto(m.data, 0);
        return m;
    }

    /** Copies the operator (dense or sparse) into {@code target}, reshaped to d x d, zeros included; returns target. */
    public static ZMatrixRMaj copyInto(Operator operator, ZMatrixRMaj target) {
        int d = operator.dimension();
        target.reshape(d, d);
        operator.copyInto(target.data, 0);
        return target;
    }

    /** An operator holding a copy of the square matrix's entries, stored sparse when it is mostly zeros. */
    public static Operator toOperator(ZMatrixRMaj m) {
        if (m.numRows != m.numCols) {
            throw new IllegalArgumentException("need a square matrix, got " + m.numRows + " x " + m.numCols);
        }
        int d = m.numRows;
        return Operator.of(d, Arrays.copyOf(m.data, 2 * d * d));
    }

    /**
     * An operator over the matrix's own array when it has exactly 2 d^2 entries (the caller gives up the matrix),
     * otherwise over a copy.
     */
    static Operator adopt(ZMatrixRMaj m) {
        int d = m.numRows;
        if (m.numCols == d && m.data.length == 2 * d * d) {
            return Operator.of(d, m.data);
        }
        return toOperator(m);
    }
}
