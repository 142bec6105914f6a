/**
 * Solvers: {@code lindblad}, adaptive Runge-Kutta integration of the master equation (Commons Math).
 * Exports nothing; the solver is found as a service.
 */
module org.szilard.plugin.solvers {
    requires org.szilard.api;
    requires commons.math3;
    requires static biz.aQute.bnd.annotation;

    provides org.szilard.api.solver.SolverProvider with org.szilard.plugin.solvers.LindbladSolverProvider;
}
