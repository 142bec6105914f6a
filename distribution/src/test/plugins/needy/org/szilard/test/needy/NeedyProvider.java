package org.szilard.test.needy;

import java.util.List;
import org.nowhere.Thing;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

/** A provider that needs a library the installation does not have. */
public final class NeedyProvider implements SubstanceProvider {

    private final Thing thing = new Thing();

    public String type() {
        return "needy";
    }

    public String description() {
        return "Needs " + thing + ".";
    }

    public List<Parameter> parameters() {
        return List.of();
    }

    public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
        throw new UnsupportedOperationException();
    }
}
