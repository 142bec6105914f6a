package org.szilard.plugin.solvers.jumps;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverProvider;

/**
 * The {@code jumps} solver: quantum-jump (Monte Carlo wave-function) trajectories of the master equation, run in
 * parallel on all cores; the state is their ensemble mean, each trajectory's work and heat are tallied for the
 * {@code fluctuations} analyzer, and the same seed gives the same numbers whatever the number of threads.
 */
@ServiceProvider(SolverProvider.class)
public final class JumpSolverProvider implements SolverProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("trajectories", "The number of trajectories; the statistical error of means falls "
                    + "as 1/sqrt(trajectories). Every eigenvector of the initial state starts at least one, so the "
                    + "initial ensemble is the initial state exactly.").unit("").atLeast(1)
                    .atMost(Integer.MAX_VALUE).defaultValue(1000L),
            Parameter.integer("seed", "The seed of the random numbers: the same seed gives the same results "
                    + "whatever the number of threads.").unit("").defaultValue(1L),
            Parameter.real("tolerance", "The error bound (absolute and relative) of each adaptive Dormand-Prince "
                    + "step of a trajectory between jumps, which also bounds the error of its energy balance.")
                    .unit("").above(0).atMost(0.1).defaultValue(1e-8),
            Parameter.real("timeStep", "The grid on which a moving control's Hamiltonian and dissipator are sampled "
                    + "(and interpolated quadratically in between) and the mean state is reported; segments with a "
                    + "constant control are reported at no more than " + JumpSolver.CONSTANT_POINTS + " points.")
                    .unit("time").above(0).defaultValue(0.01),
            Parameter.integer("threads", "The number of threads the trajectories run on; 0 (the default) uses "
                    + "every core. The results do not depend on it.").unit("").atLeast(0).atMost(4096)
                    .defaultValue(0L));

    @Override
    public String type() {
        return "jumps";
    }

    @Override
    public String description() {
        return "Quantum-jump (Monte Carlo wave-function) trajectories on all cores; the state is their seeded "
                + "ensemble mean, and each trajectory's work and heat feed the fluctuations analyzer.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Solver create(ParameterValues parameters, ScenarioContext context) {
        int threads = (int) parameters.integer("threads");
        return new JumpSolver(context.math(), (int) parameters.integer("trajectories"), parameters.integer("seed"),
                parameters.real("tolerance"), parameters.real("timeStep"), threads == 0
                        ? Runtime.getRuntime().availableProcessors() : threads);
    }
}
