package org.szilard.plugin.matrix;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.AffineSubstance;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

/**
 * The {@code matrix} substance: a user's model without Java, H(lambda) = h0 + lambda h1 with h0, h1 and the
 * reservoir coupling given as matrices (real entries or [re, im] pairs). Every matrix must be Hermitian within
 * {@link #HERMITICITY_TOLERANCE} relative to its largest entry; within it, its Hermitian part (A + A^dag)/2 is used.
 */
@ServiceProvider(SubstanceProvider.class)
public final class MatrixProvider implements SubstanceProvider {

    /** The largest |A - A^dag| entry accepted, relative to the largest |A| entry. */
    static final double HERMITICITY_TOLERANCE = 1e-10;

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.matrix("h0", "H0, the part of H = h0 + lambda h1 independent of the control: a Hermitian "
                    + "matrix in the basis the model is written in.").unit("energy"),
            Parameter.matrix("h1", "H1 = dH/dlambda, Hermitian and of the size of h0; when absent, H does not "
                    + "depend on lambda.").unit("").optional(),
            Parameter.matrix("coupling", "The Hermitian operator reservoirs couple through by default (of the size "
                    + "of h0).").unit(""),
            Parameter.matrices("couplings", "Further named Hermitian coupling operators, e.g. { x: [[0, 1], [1, 0]] }, "
                    + "that a reservoir selects with its operator key.").unit("").optional(),
            Parameter.reals("dimensions", "The subsystem dimensions in Kronecker order (whole numbers whose product "
                    + "is the size of h0), for entanglement analysis; when absent, one system.").unit("")
                    .atLeast(2).optional());

    @Override
    public String type() {
        return "matrix";
    }

    @Override
    public String description() {
        return "A user's own model: H = h0 + lambda h1 from matrices in the scenario file (real or [re, im] "
                + "entries), coupling to reservoirs through the given coupling matrices.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
        Operator h0 = hermitian("h0", parameters.matrix("h0"));
        int n = h0.dimension();
        Operator h1 = parameters.has("h1") ? hermitian("h1", sameSize("h1", parameters.matrix("h1"), n))
                : Operator.zero(n);
        AffineSubstance.Builder substance = AffineSubstance.builder(h0, h1)
                .defaultCoupling(hermitian("coupling", sameSize("coupling", parameters.matrix("coupling"), n)));
        if (parameters.has("couplings")) {
            parameters.matrices("couplings").forEach((name, a) ->
                    substance.coupling(name, hermitian("couplings." + name, sameSize("couplings." + name, a, n))));
        }
        if (parameters.has("dimensions")) {
            substance.subsystems(dimensions(parameters.reals("dimensions"), n));
        }
        // no sites: a local reservoir needs a site's lowering operator, which a bare matrix does not define
        return substance.build();
    }

    private static Operator sameSize(String key, Operator a, int n) {
        if (a.dimension() != n) {
            throw new InvalidParameterException(key, key + " is " + a.dimension() + " x " + a.dimension()
                    + " but h0 is " + n + " x " + n + "; all matrices act on one space");
        }
        return a;
    }

    /**
     * The Hermitian part (A + A^dag)/2 of a matrix that is Hermitian within the tolerance; otherwise an error at
     * the worst entry (key "h0[i][j]", indices from 0).
     */
    private static Operator hermitian(String key, Operator a) {
        int n = a.dimension();
        double worst = -1;
        int worstRow = 0, worstColumn = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double deviation = Math.hypot(a.re(i, j) - a.re(j, i), a.im(i, j) + a.im(j, i));
                if (deviation > worst) {
                    worst = deviation;
                    worstRow = i;
                    worstColumn = j;
                }
            }
        }
        double largest = a.maxAbs();
        if (worst > HERMITICITY_TOLERANCE * largest) {
            throw new InvalidParameterException(key + "[" + worstRow + "][" + worstColumn + "]", key
                    + " must be Hermitian, but its largest |" + key + " - " + key + "^dag| entry is " + worst
                    + " at row " + worstRow + ", column " + worstColumn + " (from 0): "
                    + entry(a, worstRow, worstColumn) + " against " + entry(a, worstColumn, worstRow)
                    + " at the mirrored place (allowed: " + HERMITICITY_TOLERANCE + " times the largest entry, "
                    + largest + ")");
        }
        return a.plus(a.dagger()).times(0.5);
    }

    private static String entry(Operator a, int i, int j) {
        return a.im(i, j) == 0.0 ? Double.toString(a.re(i, j)) : "[" + a.re(i, j) + ", " + a.im(i, j) + "]";
    }

    private static int[] dimensions(List<Double> values, int n) {
        int[] dimensions = new int[values.size()];
        long product = 1;
        for (int k = 0; k < dimensions.length; k++) {
            double v = values.get(k);
            if (v != Math.rint(v) || v > n) {
                throw new InvalidParameterException("dimensions[" + k + "]",
                        "a subsystem dimension must be a whole number no larger than " + n + ", got " + v);
            }
            dimensions[k] = (int) v;
            product *= dimensions[k];
            if (product > n) {
                break;
            }
        }
        if (product != n) {
            throw new InvalidParameterException("dimensions", "the subsystem dimensions " + values
                    + " multiply to " + (product > n ? "more than " + n : Long.toString(product)) + ", but h0 is "
                    + n + " x " + n);
        }
        return dimensions;
    }
}
