package org.szilard.plugin.analyzers;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;

/**
 * The {@code coherence} analyzer: the l1 norm and the relative entropy of coherence of the final state in the
 * eigenbasis of the final Hamiltonian (Baumgratz, Cramer and Plenio 2014), and of each kept state in the time
 * series; see {@link Coherence}.
 */
@ServiceProvider(AnalyzerProvider.class)
public final class CoherenceProvider implements AnalyzerProvider {

    @Override
    public String type() {
        return "coherence";
    }

    @Override
    public String description() {
        return "Coherence of the final state in the eigenbasis of the final H(lambda): l1 = sum_{i != j} |rho_ij| "
                + "(dimensionless) and relativeEntropy = S(diag rho) - S(rho) (nats); inside a degenerate energy "
                + "level the basis that diagonalises rho's block is used, so coherence within a level does not count.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Analyzer create(ParameterValues parameters, ScenarioContext context) {
        return new Coherence(context);
    }
}
