package org.szilard.plugin.analyzers;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;

/** The {@code fluctuations} analyzer: exact two-point-measurement work statistics; see {@link Fluctuations}. */
@ServiceProvider(AnalyzerProvider.class)
public final class FluctuationsProvider implements AnalyzerProvider {

    @Override
    public String type() {
        return "fluctuations";
    }

    @Override
    public String description() {
        return "Two-point-measurement work statistics of a closed, once-through run (dimension at most "
                + Fluctuations.MAX_DIMENSION + "; otherwise null values and a warning): distribution of the work "
                + "done ON the system W = E_m(lambda_1) - E_n(lambda_0) (energy) with probabilities, meanWork, "
                + "freeEnergyDifference -T ln(Z_1/Z_0), jarzynski -T ln <exp(-W/T)> and crooksMaxDeviation, the "
                + "largest |P_F(W) - P_R(-W) exp((W - dF)/T)| against the time-reversed protocol started in the "
                + "Gibbs state of H(lambda_1).";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.real("temperature", "The temperature T for Jarzynski and Crooks; when omitted, the "
                + "initial state must be a Gibbs state of H(lambda_0) and T is read from it (else those values are "
                + "null, with a warning).").unit("energy").above(0).optional());
    }

    @Override
    public Analyzer create(ParameterValues parameters, ScenarioContext context) {
        return new Fluctuations(parameters.has("temperature") ? parameters.real("temperature") : Double.NaN);
    }
}
