package org.szilard.plugin.solvers;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverProvider;

/**
 * The {@code exponential} solver: the exact propagator exp(T L) of every segment with a constant control (sudden
 * strokes, isochores, holds), cached across cycles; segments whose control moves are integrated adaptively to
 * {@code tolerance}, and in later cycles propagated by their propagator, itself integrated to that tolerance. It
 * refuses invariant blocks of more than {@value ExponentialSolver#MAX_SIZE} rows (with the bookkeeping components; a
 * whole d = 32 generator still fits, and global baths in the energy basis split into far smaller blocks). Constant
 * segments report only their end: no intermediate steps.
 */
@ServiceProvider(SolverProvider.class)
public final class ExponentialSolverProvider implements SolverProvider {

    @Override
    public String type() {
        return "exponential";
    }

    @Override
    public String description() {
        return "Exact propagator (matrix exponential) of constant segments, block by invariant block, cached across "
                + "cycles, reporting their ends only; moving segments adaptively to tolerance, and by their integrated "
                + "propagator once integrating them has cost as much; refuses blocks above " + ExponentialSolver.MAX_SIZE
                + " rows.";
    }

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.real("tolerance", "The error bound (absolute and relative) per step for segments whose control "
                    + "moves, integrated by adaptive Dormand-Prince 8(5,3); constant segments are exact.").unit("")
                    .above(0).atMost(0.1).defaultValue(1e-10));

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Solver create(ParameterValues parameters, ScenarioContext context) {
        return new ExponentialSolver(context.math(), parameters.real("tolerance"));
    }
}
