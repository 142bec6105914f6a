package org.szilard.test.peeker;

import com.google.inject.Key;
import java.util.List;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

/** A provider that uses Guice, a library Szilard carries in lib/ but does not share with plugins. */
public final class PeekerProvider implements SubstanceProvider {

    public String type() {
        return "peeker";
    }

    public String description() {
        return "Uses " + Key.get(String.class) + ".";
    }

    public List<Parameter> parameters() {
        return List.of();
    }

    public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
        throw new UnsupportedOperationException();
    }
}
