package org.szilard.test.broken;

import java.util.List;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

/** A provider that claims the type id of the spin plugin's substance. */
public final class DuplicateSpinProvider implements SubstanceProvider {

    public String type() {
        return "spin";
    }

    public String description() {
        return "A second spin.";
    }

    public List<Parameter> parameters() {
        return List.of();
    }

    public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
        throw new UnsupportedOperationException();
    }
}
