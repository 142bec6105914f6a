package org.szilard.plugin.spin;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

/** The {@code spin} substance: a single spin j, H(lambda) = lambda S_z + transverse S_x. */
@ServiceProvider(SubstanceProvider.class)
public final class SpinProvider implements SubstanceProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            SpinMatrices.SPIN_PARAMETER,
            Parameter.real("transverse", "The fixed transverse field h in H = lambda S_z + h S_x.")
                    .unit("energy").defaultValue(0.0));

    @Override
    public String type() {
        return "spin";
    }

    @Override
    public String description() {
        return "A single spin j: H(lambda) = lambda S_z + transverse S_x; couples to reservoirs through 2 S_x, "
                + "or the named operators sx, sy, sz (2 S_x, 2 S_y, 2 S_z).";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
        return SpinSubstance.of(SpinMatrices.forSpin(parameters.real("spin")), parameters.real("transverse"));
    }
}
