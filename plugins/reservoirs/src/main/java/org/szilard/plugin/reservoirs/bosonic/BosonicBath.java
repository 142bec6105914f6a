package org.szilard.plugin.reservoirs.bosonic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;

/**
 * A thermal bosonic bath in the global (Davies) form. The coupling operator A is written in the eigenbasis of the
 * instantaneous H; its matrix elements A_ab are grouped by Bohr frequency w = E_b - E_a, and each positive w gives
 * a lowering jump L_w = sum A_ab |a><b| at rate gamma J(w) (n(w) + 1) and the raising jump L_w^dag at rate
 * gamma J(w) n(w), with the Bose-Einstein occupation n(w) = 1 / (exp(w / T) - 1) (0 at T = 0). Pure dephasing
 * (w = 0) is included only at an explicit rate.
 */
final class BosonicBath implements Reservoir {

    /** Bohr frequencies closer than this, relative to the spectral width, are the same frequency. */
    private static final double RELATIVE_FREQUENCY_TOLERANCE = 1e-9;

    /** Jump operators whose entries are all below this, relative to the largest entry of A, are dropped. */
    private static final double RELATIVE_ZERO = 1e-12;

    private final double temperature;
    private final double coupling;
    private final SpectralDensity spectralDensity;
    private final Optional<String> operatorName;
    private final double dephasing;

    /**
     * @param operatorName the substance's named coupling operator, empty for its default coupling
     */
    BosonicBath(double temperature, double coupling, SpectralDensity spectralDensity, Optional<String> operatorName,
                double dephasing) {
        this.temperature = temperature;
        this.coupling = coupling;
        this.spectralDensity = spectralDensity;
        this.operatorName = operatorName;
        this.dephasing = dephasing;
    }

    @Override
    public double temperature() {
        return temperature;
    }

    @Override
    public List<JumpOperator> jumpOperators(InstantaneousSystem system) {
        Operator a = operatorName.map(name -> system.substance().couplingOperators().get(name))
                .orElseGet(() -> system.substance().defaultCoupling());
        Spectrum spectrum = system.spectrum();
        Operator inEigenbasis = spectrum.toEigenbasis(a);
        double zero = RELATIVE_ZERO * inEigenbasis.maxAbs();
        List<JumpOperator> jumps = new ArrayList<>();
        for (BohrFrequency group : BohrFrequency.group(spectrum.energies(), RELATIVE_FREQUENCY_TOLERANCE)) {
            double w = group.frequency();
            double rate = w == 0.0 ? dephasing : coupling * spectralDensity.at(w);
            if (rate == 0.0) {
                continue;
            }
            Operator inGroup = group.select(inEigenbasis);
            if (inGroup.maxAbs() <= zero) {
                continue;
            }
            Operator l = spectrum.fromEigenbasis(inGroup);
            if (w == 0.0) {
                jumps.add(new JumpOperator(l, rate, 0.0, 0));
            } else {
                double n = occupation(w);
                jumps.add(new JumpOperator(l, rate * (n + 1.0), w, 0));
                if (n > 0.0) {
                    jumps.add(new JumpOperator(l.dagger(), rate * n, -w, 0));
                }
            }
        }
        return jumps;
    }

    /** The Bose-Einstein occupation 1 / (exp(w / T) - 1), 0 at T = 0. */
    private double occupation(double w) {
        return temperature == 0.0 ? 0.0 : 1.0 / Math.expm1(w / temperature);
    }

    @Override
    public String toString() {
        return "bosonic bath T = " + temperature + ", gamma = " + coupling + ", operator "
                + operatorName.orElse("(default)") + ", dephasing " + dephasing;
    }
}
