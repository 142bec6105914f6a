package org.szilard.test.broken;

import java.util.List;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

/** A substance provider without parameters that never creates anything. */
abstract class NoSubstance implements SubstanceProvider {

    public List<Parameter> parameters() {
        return List.of();
    }

    public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
        throw new UnsupportedOperationException();
    }
}
