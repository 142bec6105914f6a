package org.szilard.plugin.reservoirs.fermionic;

import java.util.ArrayList;
import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.plugin.reservoirs.common.FrequencyComponent;
import org.szilard.plugin.reservoirs.common.GlobalReservoir;

/**
 * A fermionic lead at temperature T and chemical potential mu, tunnel-coupled at rate Gamma to one site (dot) with
 * annihilation operator d, in the global form. The frequency components d(w) of d in the eigenbasis of the
 * instantaneous H remove a particle that carries the energy w (any sign); equivalently d(w)^dag collects the matrix
 * elements of d^dag that add a particle with energy w = E_a - E_b. Each w gives the jump d(w)^dag (a particle from
 * the lead) at rate Gamma f(w) and d(w) (a particle into the lead) at rate Gamma (1 - f(w)), with the Fermi
 * function f(w) = 1 / (exp((w - mu) / T) + 1): a step at T = 0, 1/2 at w = mu. This detailed balance makes the
 * grand-canonical state exp(-(H - mu N) / T) / Z a fixed point.
 */
final class FermionicLead extends GlobalReservoir {

    private final double temperature;
    private final double chemicalPotential;
    private final double coupling;
    private final int siteIndex;
    private final Operator annihilation;

    /**
     * @param siteIndex the dot's index among the substance's sites, for messages
     * @param annihilation the dot's annihilation operator d, which removes exactly one particle
     */
    FermionicLead(double temperature, double chemicalPotential, double coupling, int siteIndex,
                  Operator annihilation) {
        this.temperature = temperature;
        this.chemicalPotential = chemicalPotential;
        this.coupling = coupling;
        this.siteIndex = siteIndex;
        this.annihilation = annihilation;
    }

    @Override
    public double temperature() {
        return temperature;
    }

    @Override
    public double chemicalPotential() {
        return chemicalPotential;
    }

    @Override
    public boolean exchangesParticles() {
        return true;
    }

    @Override
    protected List<JumpOperator> jumps(InstantaneousSystem system, boolean energyBasis) {
        List<JumpOperator> jumps = new ArrayList<>();
        for (FrequencyComponent component : FrequencyComponent.of(annihilation, system.spectrum(), w -> true,
                energyBasis)) {
            double w = component.frequency();
            double filling = coupling * fermi(w - chemicalPotential);
            double emptying = coupling * fermi(chemicalPotential - w);
            if (filling > 0.0) {
                jumps.add(new JumpOperator(component.operator().dagger(), filling, -w, -1));
            }
            if (emptying > 0.0) {
                jumps.add(new JumpOperator(component.operator(), emptying, w, 1));
            }
        }
        return jumps;
    }

    /** 1 / (exp(x / T) + 1) for x = w - mu (the occupation f(w)) or x = mu - w (1 - f(w)); a step at T = 0. */
    private double fermi(double x) {
        if (temperature == 0.0) {
            return x < 0.0 ? 1.0 : x > 0.0 ? 0.0 : 0.5;
        }
        return 1.0 / (Math.exp(x / temperature) + 1.0);
    }

    @Override
    public String toString() {
        return "fermionic lead (site " + siteIndex + ") T = " + temperature + ", mu = " + chemicalPotential
                + ", Gamma = " + coupling;
    }
}
