package org.szilard.plugin.analyzers;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;

/**
 * The {@code ergotropy} analyzer: the work extractable by a unitary from the final state, and from each kept state in
 * the time series; see {@link Ergotropy}.
 */
@ServiceProvider(AnalyzerProvider.class)
public final class ErgotropyProvider implements AnalyzerProvider {

    @Override
    public String type() {
        return "ergotropy";
    }

    @Override
    public String description() {
        return "Ergotropy of the final state for the final H(lambda) (Allahverdyan, Balian and Nieuwenhuizen 2004): "
                + "energy Tr(rho H), passiveEnergy (rho's eigenvalues, decreasing, on H's levels, increasing) and "
                + "ergotropy = energy - passiveEnergy, all in energy units; for any substance, composite ones included.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Analyzer create(ParameterValues parameters, ScenarioContext context) {
        return new Ergotropy(context);
    }
}
