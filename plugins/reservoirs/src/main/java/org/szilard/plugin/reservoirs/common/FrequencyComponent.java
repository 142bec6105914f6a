package org.szilard.plugin.reservoirs.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.Spectrum;

/**
 * One frequency component X(w) = sum over E_b - E_a = w of &lt;a|X|b&gt; |a&gt;&lt;b| of an operator X, in the
 * eigenbasis of the instantaneous H: the part of X that takes energy w out of the system ([H, X(w)] = -w X(w); w may
 * have either sign), so that X = sum_w X(w). These are the jump operators of global (Davies) master equations.
 *
 * @param frequency the Bohr frequency w: exactly 0 for the degenerate part, else the mean over the group's
 *                  transitions (transitions closer than {@link #RELATIVE_FREQUENCY_TOLERANCE} are one frequency)
 * @param operator X(w) in the original basis, or in the eigenbasis of H when asked for (see
 *                 {@link #of(Operator, Spectrum, DoublePredicate, boolean)})
 */
public record FrequencyComponent(double frequency, Operator operator) {

    /** Bohr frequencies closer than this, relative to the spectral width, are the same frequency. */
    public static final double RELATIVE_FREQUENCY_TOLERANCE = 1e-9;

    /** Components whose entries are all below this, relative to the largest entry of X, are dropped. */
    private static final double RELATIVE_ZERO = 1e-12;

    /**
     * The non-zero components of X at the wanted frequencies, in increasing frequency.
     *
     * @param x the operator to decompose
     * @param spectrum the eigen-decomposition of H
     * @param wanted which Bohr frequencies to build (the others cost nothing beyond grouping)
     */
    public static List<FrequencyComponent> of(Operator x, Spectrum spectrum, DoublePredicate wanted) {
        return of(x, spectrum, wanted, false);
    }

    /**
     * The non-zero components of X at the wanted frequencies, in increasing frequency, each in the eigenbasis of H
     * ({@code energyBasis}: sparse, one entry per transition, at a cost of O(d^3) for all) or in X's basis (O(d^3)
     * per component).
     */
    public static List<FrequencyComponent> of(Operator x, Spectrum spectrum, DoublePredicate wanted,
                                              boolean energyBasis) {
        Operator inEigenbasis = spectrum.toEigenbasis(x);
        double zero = RELATIVE_ZERO * inEigenbasis.maxAbs();
        List<FrequencyComponent> components = new ArrayList<>();
        for (BohrFrequency group : BohrFrequency.group(spectrum.energies(), RELATIVE_FREQUENCY_TOLERANCE)) {
            if (!wanted.test(group.frequency())) {
                continue;
            }
            Operator inGroup = group.select(inEigenbasis);
            if (inGroup.maxAbs() > zero) {
                components.add(new FrequencyComponent(group.frequency(),
                        energyBasis ? inGroup : spectrum.fromEigenbasis(inGroup)));
            }
        }
        return components;
    }
}
