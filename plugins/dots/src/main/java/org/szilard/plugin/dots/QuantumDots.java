package org.szilard.plugin.dots;

import java.util.ArrayList;
import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.AffineSubstance;
import org.szilard.api.substance.WorkingSubstance;

/**
 * One or two spinless quantum-dot levels, in the {@link JordanWigner} basis (per dot |0> = empty, |1> = filled;
 * for two dots index 2 n_0 + n_1, so |00>, |01>, |10>, |11> with |11> = d_0^dag d_1^dag |vac>).
 *
 * <ul>
 *   <li>One dot: H(lambda) = lambda n, lambda being the level energy.</li>
 *   <li>Two dots: H(lambda) = energy (n_0 + n_1) + (lambda/2)(n_0 - n_1) + t (d_0^dag d_1 + d_1^dag d_0)
 *       + U n_0 n_1, lambda being the detuning eps_0 - eps_1 of the levels eps_0,1 = energy +- lambda/2.</li>
 * </ul>
 * The particle number is N = sum_j n_j. Dot j is site j: lowering d_j, coupling d_j + d_j^dag, bare splitting
 * its level energy. Coupling operators: the named "number" is N, and for two dots "dipole" is n_0 - n_1 and
 * "hopping" is d_0^dag d_1 + d_1^dag d_0. The default is the dipole for two dots (a phonon bath moves the electron
 * between the dots without changing N) and d + d^dag for one dot, whose only transition changes N (it makes the
 * level a two-level system for a bosonic bath; fermionic leads are the physical reservoir of a dot).
 */
final class QuantumDots {

    private QuantumDots() {
    }

    /**
     * @param dots 1 or 2
     * @param energy the mean level energy of two dots (0 for one dot)
     * @param tunneling t (0 for one dot)
     * @param interaction U (0 for one dot)
     */
    static WorkingSubstance of(int dots, double energy, double tunneling, double interaction) {
        JordanWigner modes = new JordanWigner(dots);
        int d = modes.dimension();
        double[] detuningWeights = dots == 1 ? new double[] {1.0} : new double[] {0.5, -0.5};
        List<Operator> annihilators = new ArrayList<>();
        List<Operator> numbers = new ArrayList<>();
        List<DotSite> sites = new ArrayList<>();
        Operator total = Operator.zero(d);
        Operator slope = Operator.zero(d);
        for (int j = 0; j < dots; j++) {
            Operator dj = modes.annihilation(j);
            Operator nj = modes.number(j);
            annihilators.add(dj);
            numbers.add(nj);
            total = total.plus(nj);
            slope = slope.plus(nj.times(detuningWeights[j]));
            sites.add(new DotSite(dj, dj.plus(dj.dagger()), energy, detuningWeights[j]));
        }
        Operator constant = total.times(energy);
        if (dots == 1) {
            return AffineSubstance.builder(constant, slope).coupling("number", total)
                    .defaultCoupling(sites.get(0).coupling()).sites(sites).particleNumber(total).build();
        }
        Operator hop = annihilators.get(0).dagger().times(annihilators.get(1));
        Operator hopping = hop.plus(hop.dagger());
        Operator dipole = numbers.get(0).minus(numbers.get(1));
        constant = constant.plus(hopping.times(tunneling))
                .plus(numbers.get(0).times(numbers.get(1)).times(interaction));
        return AffineSubstance.builder(constant, slope)
                .coupling("number", total).coupling("dipole", dipole).coupling("hopping", hopping)
                .defaultCoupling(dipole).sites(sites).particleNumber(total).subsystems(2, 2).build();
    }
}
