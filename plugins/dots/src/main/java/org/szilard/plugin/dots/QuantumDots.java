package org.szilard.plugin.dots;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.AffineHamiltonian;
import org.szilard.api.substance.Site;
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
final class QuantumDots implements WorkingSubstance {

    private final AffineHamiltonian affine;
    private final Operator particleNumber;
    private final Operator defaultCoupling;
    private final Map<String, Operator> couplings;
    private final List<Site> sites;
    private final int[] subsystemDimensions;

    /**
     * @param dots 1 or 2
     * @param energy the mean level energy of two dots (0 for one dot)
     * @param tunneling t (0 for one dot)
     * @param interaction U (0 for one dot)
     */
    QuantumDots(int dots, double energy, double tunneling, double interaction) {
        JordanWigner modes = new JordanWigner(dots);
        int d = modes.dimension();
        double[] detuningWeights = dots == 1 ? new double[] {1.0} : new double[] {0.5, -0.5};
        List<Operator> annihilators = new ArrayList<>();
        List<Operator> numbers = new ArrayList<>();
        List<Site> dotSites = new ArrayList<>();
        Operator total = Operator.zero(d);
        Operator slope = Operator.zero(d);
        for (int j = 0; j < dots; j++) {
            Operator dj = modes.annihilation(j);
            Operator nj = modes.number(j);
            annihilators.add(dj);
            numbers.add(nj);
            total = total.plus(nj);
            slope = slope.plus(nj.times(detuningWeights[j]));
            dotSites.add(new DotSite(dj, dj.plus(dj.dagger()), energy, detuningWeights[j]));
        }
        Map<String, Operator> named = new LinkedHashMap<>();
        named.put("number", total);
        Operator constant = total.times(energy);
        if (dots == 2) {
            Operator hop = annihilators.get(0).dagger().times(annihilators.get(1));
            Operator hopping = hop.plus(hop.dagger());
            Operator dipole = numbers.get(0).minus(numbers.get(1));
            constant = constant.plus(hopping.times(tunneling))
                    .plus(numbers.get(0).times(numbers.get(1)).times(interaction));
            named.put("dipole", dipole);
            named.put("hopping", hopping);
            defaultCoupling = dipole;
        } else {
            defaultCoupling = dotSites.get(0).coupling();
        }
        affine = new AffineHamiltonian(constant, slope);
        particleNumber = total;
        couplings = Collections.unmodifiableMap(named);
        sites = List.copyOf(dotSites);
        subsystemDimensions = dots == 1 ? new int[] {2} : new int[] {2, 2};
    }

    @Override
    public int dimension() {
        return particleNumber.dimension();
    }

    @Override
    public Optional<AffineHamiltonian> affine() {
        return Optional.of(affine);
    }

    @Override
    public Operator defaultCoupling() {
        return defaultCoupling;
    }

    @Override
    public Map<String, Operator> couplingOperators() {
        return couplings;
    }

    @Override
    public int[] subsystemDimensions() {
        return subsystemDimensions.clone();
    }

    @Override
    public List<Site> sites() {
        return sites;
    }

    @Override
    public Optional<Operator> particleNumber() {
        return Optional.of(particleNumber);
    }
}
