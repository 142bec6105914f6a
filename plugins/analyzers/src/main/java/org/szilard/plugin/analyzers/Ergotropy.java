package org.szilard.plugin.analyzers;

import java.util.List;
import java.util.Locale;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.operator.Operator;
import org.szilard.api.plugin.ScenarioContext;

/**
 * Ergotropy (Allahverdyan, Balian and Nieuwenhuizen, EPL 67, 565, 2004) of the state at the end of the run (results)
 * and at each kept instant (time-series columns {@code ergotropy}, {@code energy}, {@code passiveEnergy}), for the
 * H(lambda) of that instant: with rho's eigenvalues r_1 >= r_2 >= ... and H's energies e_1 <= e_2 <= ..., the
 * passive state has energy sum_k r_k e_k and the ergotropy is Tr(rho H) - sum_k r_k e_k >= 0. Nothing depends on the
 * structure of the substance, so a battery of several cells is handled as one system (global unitaries).
 */
final class Ergotropy extends StateMeasures {

    /** A negative ergotropy below minus this times the energy scale is reported; above it, round-off is set to 0. */
    private static final double ROUND_OFF = 1e-10;

    Ergotropy(ScenarioContext context) {
        super(List.of("ergotropy", "energy", "passiveEnergy"), context);
    }

    /** Warns when the final ergotropy is negative beyond round-off. */
    @Override
    public ResultBlock finish(RunRecord run) {
        double[] measures = measure(Instant.of(run.whole().end()));
        ResultBlock block = block(measures);
        if (measures[0] < 0.0) {
            block.warn(String.format(Locale.ROOT, "ergotropy: negative ergotropy %.3g (numerical trouble: rho may "
                    + "not be a valid state)", measures[0]));
        }
        return block;
    }

    /**
     * {ergotropy, Tr(rho H), the passive energy}; a negative ergotropy within round-off of the energy scale (the
     * largest of |E| and the two energies) is set to 0, a larger one is kept.
     */
    @Override
    double[] measure(Instant state) {
        Operator rho = state.rho();
        Operator h = state.hamiltonian();
        double energy = rho.traceOfProductRe(h);
        double[] r = math().eigenvalues(rho);
        double[] e = math().eigenvalues(h);
        double passive = 0.0;
        for (int k = 0; k < e.length; k++) {
            passive += r[r.length - 1 - k] * e[k];
        }
        double ergotropy = energy - passive;
        double scale = Math.max(Math.max(Math.abs(e[0]), Math.abs(e[e.length - 1])),
                Math.max(Math.abs(energy), Math.abs(passive)));
        if (ergotropy < 0.0 && ergotropy >= -ROUND_OFF * scale) {
            ergotropy = 0.0;
        }
        return new double[] {ergotropy, energy, passive};
    }
}
