package org.szilard.plugin.reservoirs.bosonic;

import java.util.ArrayList;
import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.substance.Site;

/**
 * A thermal bosonic bath in the local form: it sees only the bare term of one site, w S_z of a spin or w n of a mode,
 * with w the site's bare splitting at the instantaneous control value, and ignores how the site couples to the rest
 * of the substance. Its jumps are the site's lowering operator L at rate gamma J(w) (n(w) + 1) and L^dag at
 * gamma J(w) n(w), carrying the energies w and -w.
 *
 * <p>This is the Davies form of the bare site term alone, which fixes the cases the textbook form leaves open: at
 * w &lt; 0, L raises the bare energy, so L and L^dag exchange their roles (the jumps are L^dag at
 * gamma J(|w|) (n(|w|) + 1), energy |w|, and L at gamma J(|w|) n(|w|)); at w = 0 the bare term is degenerate and,
 * as in the global form, there are no jumps. For a substance that is the site alone this equals the global form.
 *
 * <p>When the site is coupled to others the global Gibbs state is not a fixed point, and heat currents computed from
 * the full H can violate the second law (Levy and Kosloff, EPL 107, 20004, 2014). That is the physics of this
 * approximation and is reported as it is.
 */
final class LocalBosonicBath implements Reservoir {

    private final BoseRates rates;
    private final int siteIndex;
    private final Site site;
    private final Operator lowering;
    private final Operator raising;

    /** @param siteIndex the site's index among the substance's sites, for messages */
    LocalBosonicBath(BoseRates rates, int siteIndex, Site site) {
        this.rates = rates;
        this.siteIndex = siteIndex;
        this.site = site;
        this.lowering = site.lowering();
        this.raising = lowering.dagger();
    }

    @Override
    public double temperature() {
        return rates.temperature();
    }

    @Override
    public List<JumpOperator> jumpOperators(InstantaneousSystem system) {
        double w = site.bareFrequency(system.lambda());
        List<JumpOperator> jumps = new ArrayList<>(2);
        if (w != 0.0) {
            rates.addJumps(jumps, w > 0.0 ? lowering : raising, Math.abs(w));
        }
        return jumps;
    }

    @Override
    public String toString() {
        return "bosonic bath (local, site " + siteIndex + ") T = " + rates.temperature() + ", gamma = "
                + rates.coupling();
    }
}
