package org.szilard.plugin.reservoirs.common;

import java.util.List;
import java.util.Optional;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;

/**
 * A reservoir in the global (Davies) form: its jump operators are frequency components of an operator in the
 * eigenbasis of the instantaneous H, so they are written in that basis when the kernel works in it (the energy
 * frame) and in the substance's basis otherwise, from the same construction.
 */
public abstract class GlobalReservoir implements Reservoir {

    @Override
    public final List<JumpOperator> jumpOperators(InstantaneousSystem system) {
        return jumps(system, false);
    }

    @Override
    public final Optional<List<JumpOperator>> energyBasisJumpOperators(InstantaneousSystem system) {
        return Optional.of(jumps(system, true));
    }

    /** The jump operators for the instantaneous system, in its energy eigenbasis or in the substance's basis. */
    protected abstract List<JumpOperator> jumps(InstantaneousSystem system, boolean energyBasis);
}
