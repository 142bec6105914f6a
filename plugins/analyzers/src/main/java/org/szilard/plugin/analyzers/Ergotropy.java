package org.szilard.plugin.analyzers;

import java.util.Locale;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.analyzer.StateRecord;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;

/**
 * Ergotropy at the end of the run (Allahverdyan, Balian and Nieuwenhuizen, EPL 67, 565, 2004): with rho's
 * eigenvalues r_1 >= r_2 >= ... and H's energies e_1 <= e_2 <= ..., the passive state has energy sum_k r_k e_k and
 * the ergotropy is Tr(rho H) - sum_k r_k e_k >= 0. Nothing depends on the structure of the substance, so a battery
 * of several cells is handled as one system (global unitaries).
 */
final class Ergotropy implements Analyzer {

    /** A negative ergotropy below minus this times the energy scale is reported; above it, round-off is set to 0. */
    private static final double ROUND_OFF = 1e-10;

    @Override
    public ResultBlock finish(RunRecord run) {
        StateRecord end = run.whole().end();
        double[] values = values(run.math(), end.rho(), end.hamiltonian());
        ResultBlock block = new ResultBlock();
        double ergotropy = values[0] - values[1];
        double scale = Math.max(values[2], Math.max(Math.abs(values[0]), Math.abs(values[1])));
        if (ergotropy < 0.0) {
            if (ergotropy < -ROUND_OFF * scale) {
                block.warn(String.format(Locale.ROOT, "ergotropy: negative ergotropy %.3g (numerical trouble: rho "
                        + "may not be a valid state)", ergotropy));
            } else {
                ergotropy = 0.0;
            }
        }
        return block.put("ergotropy", ergotropy).put("energy", values[0]).put("passiveEnergy", values[1]);
    }

    /** {Tr(rho H), the passive energy, the largest |E|}. */
    static double[] values(QuantumMath math, Operator rho, Operator h) {
        double energy = rho.traceOfProductRe(h);
        double[] r = math.eigenvalues(rho);
        double[] e = math.eigenvalues(h);
        double passive = 0.0;
        for (int k = 0; k < e.length; k++) {
            passive += r[r.length - 1 - k] * e[k];
        }
        return new double[] {energy, passive, Math.max(Math.abs(e[0]), Math.abs(e[e.length - 1]))};
    }
}
