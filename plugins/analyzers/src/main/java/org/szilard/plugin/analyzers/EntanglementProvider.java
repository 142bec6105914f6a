package org.szilard.plugin.analyzers;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.Arrays;
import java.util.List;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.WorkingSubstance;

/**
 * The {@code entanglement} analyzer: entanglement of the final state (and of each kept state in the time series)
 * across the bipartition A = the first {@code split} subsystems, B = the rest; see {@link Entanglement}. The
 * log-negativity is in base 2 (ebits).
 */
@ServiceProvider(AnalyzerProvider.class)
public final class EntanglementProvider implements AnalyzerProvider {

    @Override
    public String type() {
        return "entanglement";
    }

    @Override
    public String description() {
        return "Entanglement of the final state between A (the first `split` subsystems) and B (the rest): "
                + "concurrence (Wootters; two qubits only, else null), negativity (||rho^T_A||_1 - 1)/2, "
                + "logNegativity log2 ||rho^T_A||_1 (base 2: ebits), entropyA, entropyB (von Neumann of the "
                + "reduced states, nats) and mutualInformation S(A) + S(B) - S(AB) (nats).";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.integer("split", "the number of leading subsystems (sites, in the substance's "
                        + "Kronecker order) that form part A; the others form part B, which must not be empty")
                .atLeast(1).defaultValue(1L));
    }

    @Override
    public Analyzer create(ParameterValues parameters, ScenarioContext context) {
        return new Entanglement((int) parameters.integer("split"), context);
    }

    /** Checks that the bipartition leaves both parts non-empty. */
    static int[] check(int split, WorkingSubstance substance) {
        int[] dims = substance.subsystemDimensions();
        if (dims.length < 2) {
            throw new InvalidParameterException("split", "entanglement needs a substance made of at least two "
                    + "subsystems (for example a spin-chain or two dots), but this one is a single system of dimension "
                    + substance.dimension());
        }
        if (split < 1 || split >= dims.length) {
            throw new InvalidParameterException("split", "split must be between 1 and " + (dims.length - 1)
                    + " so that both parts are non-empty: the substance has " + dims.length + " subsystems of "
                    + "dimensions " + Arrays.toString(dims) + ", got " + split);
        }
        return dims;
    }
}
