package org.szilard.plugin.analyzers;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;

/** The {@code energetics} analyzer: work, heat, efficiency, power, regime and the first-law check. */
@ServiceProvider(AnalyzerProvider.class)
public final class EnergeticsProvider implements AnalyzerProvider {

    @Override
    public String type() {
        return "energetics";
    }

    @Override
    public String description() {
        return "Work, heat per reservoir, efficiency against the Carnot bound, power, COP, the regime (engine, "
                + "refrigerator, accelerator, heater) and the first-law residual; per last cycle when cyclic.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Analyzer create(ParameterValues parameters, ScenarioContext context) {
        return new Energetics();
    }
}
