/**
 * Solvers: {@code lindblad}, adaptive Dormand-Prince 8(5,3) integration of the master equation;
 * {@code exponential}, the exact propagator of constant segments; {@code unitary}, closed systems; {@code jumps},
 * quantum-jump trajectories.
 * Exports nothing; the solvers are found as services.
 */
module org.szilard.plugin.solvers {
    requires org.szilard.api;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.solver.SolverProvider with
            org.szilard.plugin.solvers.LindbladSolverProvider,
            org.szilard.plugin.solvers.ExponentialSolverProvider,
            org.szilard.plugin.solvers.UnitarySolverProvider,
            org.szilard.plugin.solvers.jumps.JumpSolverProvider;
}
