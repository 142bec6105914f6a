package org.szilard.plugin.dots;

import org.szilard.api.operator.Operator;
import org.szilard.api.substance.Site;

/**
 * One dot as a reservoir attachment point, its level energy being energy + detuningWeight * lambda.
 *
 * @param lowering the annihilation operator d_j, with its Jordan-Wigner string
 * @param coupling d_j + d_j^dag
 * @param energy the part of the level energy independent of the control
 * @param detuningWeight how much of the control the level sees (1 for a single dot, +-1/2 for a double dot)
 */
record DotSite(Operator lowering, Operator coupling, double energy, double detuningWeight) implements Site {

    @Override
    public double bareFrequency(double lambda) {
        return energy + detuningWeight * lambda;
    }
}
