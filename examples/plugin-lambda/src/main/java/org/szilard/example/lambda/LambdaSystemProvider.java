package org.szilard.example.lambda;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

/**
 * The {@code lambda-system} substance: two ground levels |g1> and |g2> and an excited level |e>, with the
 * control lambda the energy of |e> above |g1>. See {@link LambdaSystem} for the Hamiltonian and the couplings.
 */
@ServiceProvider(SubstanceProvider.class)
public final class LambdaSystemProvider implements SubstanceProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.real("splitting", "The energy of |g2> above |g1>, the ground-state splitting delta in "
                    + "H = delta |g2><g2| + lambda |e><e|.").unit("energy").atLeast(0).defaultValue(0.0));

    @Override
    public String type() {
        return "lambda-system";
    }

    @Override
    public String description() {
        return "A three-level Lambda system |g1>, |g2>, |e>: H(lambda) = splitting |g2><g2| + lambda |e><e| "
                + "(lambda is the excited-state energy); baths couple through the optical transitions, named g1e and "
                + "g2e (|g_i><e| + h.c.), by default through both, or through the ground-state transition g1g2.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
        return LambdaSystem.of(parameters.real("splitting"));
    }
}
