package org.szilard.plugin.spin;

import org.szilard.api.operator.Operator;
import org.szilard.api.substance.Site;

/**
 * One spin as a reservoir attachment point: its S_- and 2 S_x embedded in the whole space. Its bare term is
 * field lambda S_z, so its bare splitting is field lambda (negative when the field points down: S_- then raises
 * the energy).
 *
 * @param lowering S_- of the spin
 * @param coupling 2 S_x of the spin
 * @param field the spin's share of the control field (1 in a uniform field)
 */
record SpinSite(Operator lowering, Operator coupling, double field) implements Site {

    @Override
    public double bareFrequency(double lambda) {
        return field * lambda;
    }
}
