package org.szilard.api.analyzer;

import java.util.Map;
import java.util.Optional;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.TrajectoryTally;
import org.szilard.api.substance.WorkingSubstance;

/**
 * Everything an analyzer may need when the run is over.
 *
 * @param cyclic whether the protocol was cyclic
 * @param steady whether the run went straight to the steady state
 * @param cycles how many cycles ran (1 for a non-cyclic protocol)
 * @param converged whether the limit cycle was reached (true for non-cyclic protocols)
 * @param whole the whole run
 * @param reported the stretch the results refer to: the last cycle of a cyclic protocol, one unit of time in the
 *                 steady state of a steady protocol (so work and heat are then power and heat currents), else the
 *                 whole run
 * @param reservoirs the reservoirs by name, in declaration order
 * @param substance the working substance
 * @param math the kernel's linear algebra
 * @param closedProcess the protocol as a unitary map on states, when the run is closed and once through (see
 *                      {@link ClosedProcess}); empty otherwise
 * @param trajectories the per-trajectory work and heat over the reported stretch, when the solver unravels the
 *                     master equation into trajectories ({@link org.szilard.api.solver.TrajectorySolver}); empty
 *                     otherwise
 */
public record RunRecord(boolean cyclic, boolean steady, int cycles, boolean converged, Interval whole,
                        Interval reported, Map<String, Reservoir> reservoirs, WorkingSubstance substance,
                        QuantumMath math, Optional<ClosedProcess> closedProcess,
                        Optional<TrajectoryTally> trajectories) {

    public RunRecord {
        closedProcess = closedProcess == null ? Optional.empty() : closedProcess;
        trajectories = trajectories == null ? Optional.empty() : trajectories;
    }

    /** A run record without trajectories. */
    public RunRecord(boolean cyclic, boolean steady, int cycles, boolean converged, Interval whole, Interval reported,
                     Map<String, Reservoir> reservoirs, WorkingSubstance substance, QuantumMath math,
                     Optional<ClosedProcess> closedProcess) {
        this(cyclic, steady, cycles, converged, whole, reported, reservoirs, substance, math, closedProcess,
                Optional.empty());
    }

    /** A run record without a closed process. */
    public RunRecord(boolean cyclic, boolean steady, int cycles, boolean converged, Interval whole, Interval reported,
                     Map<String, Reservoir> reservoirs, WorkingSubstance substance, QuantumMath math) {
        this(cyclic, steady, cycles, converged, whole, reported, reservoirs, substance, math, Optional.empty(),
                Optional.empty());
    }
}
