package org.szilard.plugin.reservoirs.bosonic;

import java.util.ArrayList;
import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.plugin.reservoirs.common.FrequencyComponent;
import org.szilard.plugin.reservoirs.common.GlobalReservoir;

/**
 * A thermal bosonic bath in the global (Davies) form. The coupling operator A is split into its frequency components
 * in the eigenbasis of the instantaneous H; each positive Bohr frequency w gives a lowering jump A(w) and the raising
 * jump A(w)^dag at the rates of {@link BoseRates}. Pure dephasing (the w = 0 component) is included only at an
 * explicit rate.
 */
final class GlobalBosonicBath extends GlobalReservoir {

    private final BoseRates rates;
    private final Operator couplingOperator;
    private final String couplingName;
    private final double dephasing;

    /**
     * @param couplingOperator the Hermitian operator A through which the bath couples
     * @param couplingName where A comes from, for messages
     */
    GlobalBosonicBath(BoseRates rates, Operator couplingOperator, String couplingName, double dephasing) {
        this.rates = rates;
        this.couplingOperator = couplingOperator;
        this.couplingName = couplingName;
        this.dephasing = dephasing;
    }

    @Override
    public double temperature() {
        return rates.temperature();
    }

    @Override
    protected List<JumpOperator> jumps(InstantaneousSystem system, boolean energyBasis) {
        List<JumpOperator> jumps = new ArrayList<>();
        for (FrequencyComponent component : FrequencyComponent.of(couplingOperator, system.spectrum(),
                w -> w > 0.0 ? rates.active(w) : w == 0.0 && dephasing > 0.0, energyBasis)) {
            double w = component.frequency();
            if (w == 0.0) {
                jumps.add(new JumpOperator(component.operator(), dephasing, 0.0, 0));
            } else {
                rates.addJumps(jumps, component.operator(), w);
            }
        }
        return jumps;
    }

    @Override
    public String toString() {
        return "bosonic bath (global) T = " + rates.temperature() + ", gamma = " + rates.coupling() + ", coupling "
                + couplingName + ", dephasing " + dephasing;
    }
}
