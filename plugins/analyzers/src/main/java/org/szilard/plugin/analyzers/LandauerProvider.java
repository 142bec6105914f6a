package org.szilard.plugin.analyzers;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import java.util.Set;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;

/**
 * The {@code landauer} analyzer: the heat dissipated into one reservoir over the whole run against Landauer's bound
 * T Delta S, and the entropy removed so far in the time series; see {@link LandauerBound}.
 */
@ServiceProvider(AnalyzerProvider.class)
public final class LandauerProvider implements AnalyzerProvider {

    @Override
    public String type() {
        return "landauer";
    }

    @Override
    public String description() {
        return "Landauer's bound over the whole run for one reservoir r: heatDissipated Q = -Q_r (energy), "
                + "entropyRemoved Delta S = S_initial - S_final (nats), bound T_r Delta S (energy), boundRatio "
                + "Q / (T_r Delta S) (null unless T_r Delta S > 0) and bitsErased Delta S / ln 2 (bits).";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.text("reservoir", "the reservoir that receives the dissipated heat and whose "
                + "temperature sets the bound; may be omitted when the scenario has exactly one reservoir").optional());
    }

    @Override
    public Analyzer create(ParameterValues parameters, ScenarioContext context) {
        String reservoir = parameters.has("reservoir") ? parameters.text("reservoir") : null;
        if (context != null) {
            Set<String> names = context.reservoirNames();
            if (reservoir == null) {
                if (names.size() != 1) {
                    throw new InvalidParameterException("reservoir", names.isEmpty()
                            ? "landauer needs a reservoir at a temperature to set the bound, but the scenario has none"
                            : "the scenario has several reservoirs " + names + ": name the one whose temperature sets "
                                    + "Landauer's bound with `reservoir`");
                }
                reservoir = names.iterator().next();
            } else if (!names.contains(reservoir)) {
                throw new InvalidParameterException("reservoir", "no reservoir named '" + reservoir
                        + "'; the scenario has " + names);
            }
        }
        return new LandauerBound(reservoir);
    }
}
