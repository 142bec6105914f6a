package org.szilard.plugin.analyzers;

import static org.szilard.testkit.PluginTests.MATH;

import java.util.Map;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.analyzer.StateRecord;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.WorkingSubstance;

/** Hand-built runs that end in a chosen state, for the analyzers that look at the final state. */
final class Snapshots {

    private Snapshots() {
    }

    /** A fixed Hamiltonian split into subsystems of the given dimensions. */
    static WorkingSubstance substance(Operator h, int... dims) {
        return new WorkingSubstance() {
            @Override
            public int dimension() {
                return h.dimension();
            }

            @Override
            public Operator hamiltonian(double lambda) {
                return h;
            }

            @Override
            public Operator hamiltonianDerivative(double lambda) {
                return Operator.zero(h.dimension());
            }

            @Override
            public Operator defaultCoupling() {
                return Operator.identity(h.dimension());
            }

            @Override
            public int[] subsystemDimensions() {
                return dims.length == 0 ? new int[] {h.dimension()} : dims.clone();
            }
        };
    }

    /** A closed run that stays in rho under h. */
    static RunRecord ending(Operator rho, Operator h, int... dims) {
        StateRecord s = new StateRecord(0.0, 1.0, rho, h, rho.traceOfProductRe(h), MATH.vonNeumannEntropy(rho));
        Interval whole = new Interval(s, s, 0.0, Map.of(), Map.of(), 0.0);
        return new RunRecord(false, false, 1, true, whole, whole, Map.of(), substance(h, dims), MATH);
    }

    /** A normalised pure state from real amplitudes. */
    static Operator pure(double... amplitudes) {
        double norm = 0.0;
        for (double a : amplitudes) {
            norm += a * a;
        }
        double[] psi = new double[2 * amplitudes.length];
        for (int k = 0; k < amplitudes.length; k++) {
            psi[2 * k] = amplitudes[k] / Math.sqrt(norm);
        }
        return Operator.pure(psi);
    }

    /** The spin-1/2 state (I + r.sigma)/2 in the basis up, down. */
    static Operator bloch(double x, double y, double z) {
        return Operator.complex(new double[][] {{(1 + z) / 2, x / 2}, {x / 2, (1 - z) / 2}},
                new double[][] {{0, -y / 2}, {y / 2, 0}});
    }

    static double number(org.szilard.api.analyzer.ResultBlock block, String key) {
        return ((Number) block.values().get(key)).doubleValue();
    }
}
