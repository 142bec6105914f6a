package org.szilard.test.broken;

import java.util.List;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

/** A provider whose constructor throws, as a plugin with a missing resource or a bug would. */
public final class BrokenProvider implements SubstanceProvider {

    public BrokenProvider() {
        throw new IllegalStateException("broken on purpose");
    }

    public String type() {
        return "broken";
    }

    public String description() {
        return "Never loads.";
    }

    public List<Parameter> parameters() {
        return List.of();
    }

    public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
        throw new UnsupportedOperationException();
    }
}
