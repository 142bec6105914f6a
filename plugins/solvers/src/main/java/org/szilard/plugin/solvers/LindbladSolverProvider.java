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

    private static final List<Parameter> PARAMETERS = List.of(toleranceParameter(1e-8, null), maxStepParameter(null));

    /** The {@code tolerance} parameter of the adaptive integration; {@code when} (or null) says where it applies. */
    static Parameter toleranceParameter(double defaultValue, String when) {
        return Parameter.real("tolerance", "Absolute and relative error tolerance per step" + scope(when)
                + ", in (0, 1).").unit("").above(0).below(1).defaultValue(defaultValue);
    }

    /** The optional {@code maxStep} parameter of the adaptive integration. */
    static Parameter maxStepParameter(String when) {
        return Parameter.real("maxStep", "The largest step the integrator may take" + scope(when)
                + "; default: unlimited.").unit("time").above(0).optional();
    }

    /** The value of {@code maxStep}: infinite when not given. */
    static double maxStep(ParameterValues parameters) {
        return parameters.has("maxStep") ? parameters.real("maxStep") : Double.POSITIVE_INFINITY;
    }

    private static String scope(String when) {
        return when == null ? "" : " " + when;
    }

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
        return new LindbladSolver("lindblad", parameters.real("tolerance"), maxStep(parameters));
    }
}
