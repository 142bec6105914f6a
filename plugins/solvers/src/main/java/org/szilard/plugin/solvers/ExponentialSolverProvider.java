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
 * strokes, isochores, holds), cached across cycles. No parameters. It refuses moving controls (use {@code lindblad}
 * or, for closed systems, {@code unitary}) and generators with more than {@value ExponentialSolver#MAX_SIZE} rows
 * (d^2 plus the bookkeeping components; d = 32 still fits). Only segment ends are reported: no intermediate steps.
 */
@ServiceProvider(SolverProvider.class)
public final class ExponentialSolverProvider implements SolverProvider {

    @Override
    public String type() {
        return "exponential";
    }

    @Override
    public String description() {
        return "Exact propagator (matrix exponential) of constant segments, cached across cycles; refuses moving "
                + "controls and d^2 + bookkeeping above " + ExponentialSolver.MAX_SIZE + " (d <= 32); reports segment "
                + "ends only.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Solver create(ParameterValues parameters, ScenarioContext context) {
        return new ExponentialSolver(context.math());
    }
}
