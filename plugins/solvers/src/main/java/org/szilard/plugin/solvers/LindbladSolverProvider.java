package org.szilard.plugin.solvers;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverProvider;

/** The {@code lindblad} solver: adaptive Dormand-Prince 8(5,3) integration of the master equation. */
@ServiceProvider(SolverProvider.class)
public final class LindbladSolverProvider implements SolverProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.real("tolerance", "Absolute and relative error tolerance per step, in (0, 1).")
                    .unit("").above(0).below(1).defaultValue(1e-8),
            Parameter.real("maxStep", "The largest step the integrator may take; default: unlimited.")
                    .unit("time").above(0).optional());

    @Override
    public String type() {
        return "lindblad";
    }

    @Override
    public String description() {
        return "Adaptive Runge-Kutta (Dormand-Prince 8(5,3)) integration of the Lindblad master equation.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Solver create(ParameterValues parameters, ScenarioContext context) {
        double tolerance = parameters.real("tolerance");
        double maxStep = parameters.has("maxStep") ? parameters.real("maxStep") : Double.POSITIVE_INFINITY;
        return new LindbladSolver(tolerance, maxStep);
    }
}
