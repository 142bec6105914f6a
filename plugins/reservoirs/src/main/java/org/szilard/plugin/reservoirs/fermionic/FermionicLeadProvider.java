package org.szilard.plugin.reservoirs.fermionic;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.reservoir.ReservoirProvider;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.plugin.reservoirs.common.Substances;

/**
 * The {@code fermionic} reservoir: a lead of non-interacting fermions at temperature T and chemical potential mu,
 * tunnel-coupled to one dot of the substance (global form). The substance must have a particle-number operator N and
 * sites whose lowering operator d removes one particle ([N, d] = -d).
 */
@ServiceProvider(ReservoirProvider.class)
public final class FermionicLeadProvider implements ReservoirProvider {

    /** Largest allowed entry of [N, d] + d, relative to the largest entries of N and d. */
    private static final double LADDER_TOLERANCE = 1e-10;

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.real("temperature", "The lead temperature T (k_B = 1).").unit("energy").atLeast(0),
            Parameter.real("chemicalPotential", "The chemical potential mu of the lead.").unit("energy")
                    .defaultValue(0.0),
            Parameter.real("coupling", "The tunnelling rate Gamma in the rates Gamma f(w) (in) and "
                    + "Gamma (1 - f(w)) (out).").unit("rate").atLeast(0).defaultValue(1.0),
            Parameter.integer("site", "The dot the lead is attached to (index into the substance's sites, from 0).")
                    .unit("").atLeast(0).defaultValue(0));

    @Override
    public String type() {
        return "fermionic";
    }

    @Override
    public String description() {
        return "A fermionic lead (global form): particles tunnel into and out of one dot at rates set by the "
                + "Fermi function of the lead.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Reservoir create(ParameterValues parameters, ScenarioContext context) {
        WorkingSubstance substance = Substances.of(context);
        Operator n = substance.particleNumber().orElseThrow(() -> new InvalidParameterException("type",
                "a fermionic lead exchanges particles, but the substance has no particle-number operator"));
        long site = parameters.integer("site");
        Operator d = Substances.site(substance, site).lowering();
        double scale = Math.max(1.0, n.maxAbs()) * d.maxAbs();
        if (!(n.times(d).minus(d.times(n)).plus(d).maxAbs() <= LADDER_TOLERANCE * scale)) {
            throw new InvalidParameterException("site", "the lowering operator of site " + site
                    + " does not remove exactly one particle ([N, d] != -d), so a lead cannot attach to it");
        }
        return new FermionicLead(parameters.real("temperature"), parameters.real("chemicalPotential"),
                parameters.real("coupling"), (int) site, d);
    }
}
