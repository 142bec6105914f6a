package org.szilard.api.solver;

/**
 * The thermodynamic tally of every trajectory of a {@link TrajectorySolver} over one stretch of the run. Entry i of
 * each array belongs to trajectory i; reservoirs are indexed in declaration order (as in {@link MasterEquation}).
 *
 * @param weights the ensemble weight of each trajectory (they sum to the trace of the state, 1)
 * @param work the work done ON the system along each trajectory: the integral of &lt;psi|dH/dt|psi&gt; between jumps
 *             plus the change of &lt;H&gt; at every sudden jump of the control
 * @param heat per reservoir, the heat each trajectory took from it: minus the sum of
 *             {@link org.szilard.api.reservoir.JumpOperator#energy()} over its jumps into that reservoir (the
 *             jump-counting heat of quantum-jump thermodynamics)
 * @param particles per reservoir, the particles each trajectory took from it, counted at its jumps
 * @param jumps the number of jumps of each trajectory
 * @param initialEnergy &lt;H&gt; of each trajectory at the start of the stretch
 * @param finalEnergy &lt;H&gt; of each trajectory at the end of the stretch
 */
public record TrajectoryTally(double[] weights, double[] work, double[][] heat, double[][] particles, int[] jumps,
                              double[] initialEnergy, double[] finalEnergy) {

    /** The number of trajectories. */
    public int size() {
        return weights.length;
    }

    /** The number of reservoirs. */
    public int reservoirs() {
        return heat.length;
    }
}
