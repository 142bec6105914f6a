package org.szilard.kernel.dynamics;

/**
 * Where things sit in a solver's state vector: the density matrix (2 d^2 reals, row-major, re/im interleaved),
 * then the extracted mechanical work, the cost of counterdiabatic driving, and the heat and the particles taken from
 * each reservoir (all reservoirs of the scenario, attached or not, in declaration order). The bookkeeping components
 * are integrated with rho, as extra components of the same ODE, and reset to zero at the start of every segment.
 */
public record StateLayout(int hilbertDimension, int reservoirs) {

    /** The number of reals holding rho. */
    public int rhoLength() {
        return 2 * hilbertDimension * hilbertDimension;
    }

    /** The index of the extracted mechanical work -integral of Tr(rho dH/dt). */
    public int work() {
        return rhoLength();
    }

    /**
     * The index of the cost of counterdiabatic driving: the integral over time of the root-mean-square size
     * sqrt(Tr(rho H_CD^2)) of the counterdiabatic term H_CD = lambda' A (energy times time; 0 on other segments).
     */
    public int counterdiabaticCost() {
        return rhoLength() + 1;
    }

    /** The index of the heat taken from reservoir r. */
    public int heat(int r) {
        return rhoLength() + 2 + r;
    }

    /** The index of the particles taken from reservoir r. */
    public int particles(int r) {
        return rhoLength() + 2 + reservoirs + r;
    }

    /** The length of the state vector. */
    public int size() {
        return rhoLength() + 2 + 2 * reservoirs;
    }
}
