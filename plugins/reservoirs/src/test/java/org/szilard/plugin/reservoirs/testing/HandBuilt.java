package org.szilard.plugin.reservoirs.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.Site;
import org.szilard.api.substance.WorkingSubstance;

/**
 * Small substances built by hand for reservoir tests, H(lambda) = H0 + lambda H1. Spins use the basis order up, down
 * (S_z = +1/2 first); a fermionic mode uses empty, occupied, and several modes get Jordan-Wigner strings.
 *
 * @param constant H0
 * @param slope H1
 * @param defaultCoupling the coupling a bath uses when told nothing else
 * @param couplingOperators the named coupling operators
 * @param sites the sites reservoirs may attach to
 * @param particleNumber N, for substances that exchange particles
 */
public record HandBuilt(Operator constant, Operator slope, Operator defaultCoupling,
                        Map<String, Operator> couplingOperators, List<Site> sites,
                        Optional<Operator> particleNumber) implements WorkingSubstance {

    /** S_- of a spin 1/2 (basis up, down). */
    public static final Operator SIGMA_MINUS = Operator.real(new double[][] {{0, 0}, {1, 0}});
    /** sigma_x. */
    public static final Operator SIGMA_X = Operator.real(new double[][] {{0, 1}, {1, 0}});
    /** S_z of a spin 1/2. */
    public static final Operator SZ = Operator.diagonal(0.5, -0.5);
    /** The annihilation operator of a fermionic mode (basis empty, occupied). */
    public static final Operator ANNIHILATION = Operator.real(new double[][] {{0, 1}, {0, 0}});
    /** (-1)^n of a fermionic mode: the Jordan-Wigner string. */
    public static final Operator PARITY = Operator.diagonal(1, -1);

    private static final Operator I2 = Operator.identity(2);

    @Override
    public int dimension() {
        return constant.dimension();
    }

    @Override
    public Operator hamiltonian(double lambda) {
        return constant.plus(slope.times(lambda));
    }

    @Override
    public Operator hamiltonianDerivative(double lambda) {
        return slope;
    }

    /** A site whose bare splitting is offset + slope * lambda. */
    public record HandBuiltSite(Operator lowering, Operator coupling, double offset, double slope) implements Site {

        @Override
        public double bareFrequency(double lambda) {
            return offset + slope * lambda;
        }
    }

    /** One spin 1/2, H = lambda S_z, coupling sigma_x; its only site is itself. */
    public static HandBuilt spinHalf() {
        return new HandBuilt(Operator.zero(2), SZ, SIGMA_X, Map.of(),
                List.of(new HandBuiltSite(SIGMA_MINUS, SIGMA_X, 0, 1)), Optional.empty());
    }

    /**
     * Two spins 1/2, H = lambda (S_z1 + S_z2) + g (S_+1 S_-2 + S_-1 S_+2); the default coupling is
     * sigma_x1 + sigma_x2 and the named operators "x1", "x2" are the sigma_x of one spin.
     */
    public static HandBuilt twoSpins(double g) {
        Operator minus1 = SIGMA_MINUS.kron(I2), minus2 = I2.kron(SIGMA_MINUS);
        Operator x1 = SIGMA_X.kron(I2), x2 = I2.kron(SIGMA_X);
        Operator hopping = minus1.dagger().times(minus2).plus(minus1.times(minus2.dagger())).times(g);
        return new HandBuilt(hopping, SZ.kron(I2).plus(I2.kron(SZ)), x1.plus(x2), Map.of("x1", x1, "x2", x2),
                List.of(new HandBuiltSite(minus1, x1, 0, 1), new HandBuiltSite(minus2, x2, 0, 1)),
                Optional.empty());
    }

    /** One fermionic level of energy lambda, H = lambda n, N = n. */
    public static HandBuilt singleLevel() {
        Operator n = ANNIHILATION.dagger().times(ANNIHILATION);
        return new HandBuilt(Operator.zero(2), n, SIGMA_X, Map.of(),
                List.of(new HandBuiltSite(ANNIHILATION, SIGMA_X, 0, 1)), Optional.of(n));
    }

    /**
     * A double dot with detuning lambda: H = (e + lambda/2) n1 + (e - lambda/2) n2 + t (d1^dag d2 + d2^dag d1)
     * + U n1 n2, N = n1 + n2, with d1 = d (x) 1 and d2 = (-1)^n (x) d (Jordan-Wigner).
     */
    public static HandBuilt doubleDot(double level, double tunnelling, double interaction) {
        Operator d1 = ANNIHILATION.kron(I2), d2 = PARITY.kron(ANNIHILATION);
        Operator n1 = d1.dagger().times(d1), n2 = d2.dagger().times(d2);
        Operator h0 = n1.plus(n2).times(level)
                .plus(d1.dagger().times(d2).plus(d2.dagger().times(d1)).times(tunnelling))
                .plus(n1.times(n2).times(interaction));
        return new HandBuilt(h0, n1.minus(n2).times(0.5), d1.plus(d1.dagger()), Map.of(),
                List.of(new HandBuiltSite(d1, d1.plus(d1.dagger()), level, 0.5),
                        new HandBuiltSite(d2, d2.plus(d2.dagger()), level, -0.5)),
                Optional.of(n1.plus(n2)));
    }

    /** The same Hamiltonian without sites. */
    public HandBuilt withoutSites() {
        return new HandBuilt(constant, slope, defaultCoupling, couplingOperators, List.of(), particleNumber);
    }

    /** The same substance with a particle-number operator. */
    public HandBuilt withParticleNumber(Operator n) {
        return new HandBuilt(constant, slope, defaultCoupling, couplingOperators, sites, Optional.of(n));
    }
}
