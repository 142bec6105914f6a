package org.szilard.plugin.oscillators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.PopulationWatch;
import org.szilard.api.substance.Site;
import org.szilard.api.substance.WorkingSubstance;

/**
 * A harmonic mode truncated to the Fock states |0>, |1>, ..., |N-1> (index n holds n quanta): what both oscillator
 * models share. The annihilation operator is the truncated a|n> = sqrt(n)|n-1>, so a^dag|N-1> = 0.
 *
 * <p>Coupling operators: the default is a + a^dag (physics.md); the named ones are "x" = a + a^dag,
 * "p" = i(a^dag - a) and "n" = a^dag a (the quadratures without the factor 1/sqrt(2 w), which the coupling rate
 * absorbs). The mode is the single site: lowering operator a, coupling a + a^dag, bare splitting the mode's
 * frequency. The engine watches the population of the top level |N-1>: above {@link #TOP_LEVEL_BOUND} the
 * truncation no longer represents the oscillator and the results carry a warning.
 */
abstract class Oscillator implements WorkingSubstance {

    /** The population of the top level above which the truncation is not trusted. */
    static final double TOP_LEVEL_BOUND = 1e-6;

    private final Operator annihilation;
    private final Map<String, Operator> couplings;
    private final List<Site> sites;
    private final List<PopulationWatch> watches;

    /**
     * @param levels the number N of Fock levels kept, at least 2
     */
    Oscillator(int levels) {
        Operator.Builder a = Operator.builder(levels);
        double[] quanta = new double[levels];
        for (int n = 1; n < levels; n++) {
            a.add(n - 1, n, Math.sqrt(n));
            quanta[n] = n;
        }
        annihilation = a.build();
        Operator creation = annihilation.dagger();
        Map<String, Operator> named = new LinkedHashMap<>();
        named.put("x", annihilation.plus(creation));
        named.put("p", creation.minus(annihilation).times(0.0, 1.0));
        named.put("n", Operator.diagonal(quanta));
        couplings = Collections.unmodifiableMap(named);
        sites = List.of(new Mode());
        watches = List.of(new PopulationWatch(Operator.projector(levels, levels - 1), TOP_LEVEL_BOUND,
                "the top oscillator level |" + (levels - 1) + "> holds more than " + TOP_LEVEL_BOUND
                        + " of the population, so the truncation to " + levels
                        + " levels distorts the results: increase levels"));
    }

    /** The truncated annihilation operator a. */
    final Operator annihilation() {
        return annihilation;
    }

    /** The frequency of the mode at control value lambda: the bare splitting a local reservoir uses. */
    abstract double frequency(double lambda);

    @Override
    public final int dimension() {
        return annihilation.dimension();
    }

    @Override
    public final Operator defaultCoupling() {
        return couplings.get("x");
    }

    @Override
    public final Map<String, Operator> couplingOperators() {
        return couplings;
    }

    @Override
    public final List<Site> sites() {
        return sites;
    }

    @Override
    public final List<PopulationWatch> watches() {
        return watches;
    }

    /** The mode as a reservoir attachment point. */
    private final class Mode implements Site {

        @Override
        public Operator lowering() {
            return annihilation;
        }

        @Override
        public double bareFrequency(double lambda) {
            return frequency(lambda);
        }

        @Override
        public Operator coupling() {
            return defaultCoupling();
        }
    }
}
