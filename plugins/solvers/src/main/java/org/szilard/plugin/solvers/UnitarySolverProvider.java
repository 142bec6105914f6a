package org.szilard.plugin.solvers;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverProvider;

/**
 * The {@code unitary} solver for closed systems: exact U rho U^dagger under a constant control, adaptive
 * Dormand-Prince integration (of rho and the work) under a moving one. Refuses segments with reservoirs attached.
 */
@ServiceProvider(SolverProvider.class)
public final class UnitarySolverProvider implements SolverProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            LindbladSolverProvider.toleranceParameter(1e-12, "under a moving control"),
            LindbladSolverProvider.maxStepParameter("under a moving control"));

    @Override
    public String type() {
        return "unitary";
    }

    @Override
    public String description() {
        return "Closed systems: exact propagator at constant control, tight adaptive integration under a moving one.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Solver create(ParameterValues parameters, ScenarioContext context) {
        return new UnitarySolver(context.math(), parameters.real("tolerance"),
                LindbladSolverProvider.maxStep(parameters));
    }
}
