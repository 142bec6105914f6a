package org.szilard.plugin.analyzers;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;

/** The {@code entropy} analyzer: von Neumann entropies and the entropy production (Spohn). */
@ServiceProvider(AnalyzerProvider.class)
public final class EntropyProvider implements AnalyzerProvider {

    @Override
    public String type() {
        return "entropy";
    }

    @Override
    public String description() {
        return "The von Neumann entropy at the start and end of the run, and the entropy production "
                + "Delta S - sum Q_r / T_r (per last cycle when cyclic), which the second law keeps >= 0.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Analyzer create(ParameterValues parameters, ScenarioContext context) {
        return new EntropyProduction();
    }
}
