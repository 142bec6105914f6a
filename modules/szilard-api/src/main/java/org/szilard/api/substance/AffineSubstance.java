package org.szilard.api.substance;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.szilard.api.operator.Operator;

/**
 * A working substance given by its operators, with H(lambda) = H0 + lambda H1: what a model plugin usually returns
 * from {@link SubstanceProvider#create}, built as
 * <pre>
 *   AffineSubstance.builder(h0, h1).defaultCoupling(sx).coupling("sz", sz).sites(sites).build()
 * </pre>
 * The kernel checks the operators (Hermitian, of the substance's dimension) when a scenario uses it. A substance
 * whose Hamiltonian is not affine in the control implements {@link WorkingSubstance} itself.
 */
public final class AffineSubstance implements WorkingSubstance {

    private final AffineHamiltonian affine;
    private final Operator defaultCoupling;
    private final Map<String, Operator> couplings;
    private final int[] subsystemDimensions;
    private final List<Site> sites;
    private final Operator particleNumber;

    private AffineSubstance(Builder builder) {
        affine = builder.affine;
        defaultCoupling = builder.defaultCoupling;
        couplings = Collections.unmodifiableMap(new LinkedHashMap<>(builder.couplings));
        subsystemDimensions = builder.subsystemDimensions;
        sites = builder.sites;
        particleNumber = builder.particleNumber;
    }

    /**
     * Starts a substance with H(lambda) = constant + lambda slope.
     *
     * @param constant H0, the part independent of the control
     * @param slope H1 = dH/dlambda, of the same dimension
     */
    public static Builder builder(Operator constant, Operator slope) {
        return new Builder(new AffineHamiltonian(constant, slope));
    }

    @Override
    public int dimension() {
        return affine.slope().dimension();
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
        return Optional.ofNullable(particleNumber);
    }

    /** Collects the operators of an {@link AffineSubstance}; only the default coupling is required. */
    public static final class Builder {

        private final AffineHamiltonian affine;
        private Operator defaultCoupling;
        private final Map<String, Operator> couplings = new LinkedHashMap<>();
        private int[] subsystemDimensions;
        private List<Site> sites = List.of();
        private Operator particleNumber;

        private Builder(AffineHamiltonian affine) {
            this.affine = affine;
            int d = affine.slope().dimension();
            if (affine.constant().dimension() != d) {
                throw new IllegalArgumentException("H0 is " + affine.constant().dimension() + " x "
                        + affine.constant().dimension() + " but H1 is " + d + " x " + d);
            }
            subsystemDimensions = new int[] {d};
        }

        /** The coupling operator of a reservoir whose scenario names none (Hermitian). */
        public Builder defaultCoupling(Operator coupling) {
            defaultCoupling = Objects.requireNonNull(coupling, "coupling");
            return this;
        }

        /** A named coupling operator a scenario may choose (Hermitian); names keep the order they are added in. */
        public Builder coupling(String name, Operator coupling) {
            couplings.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(coupling, "coupling"));
            return this;
        }

        /** The dimensions of the subsystems in Kronecker order (default: one system of the full dimension). */
        public Builder subsystems(int... dimensions) {
            long product = 1;
            for (int dimension : dimensions) {
                product *= dimension;
            }
            int d = affine.slope().dimension();
            if (dimensions.length == 0 || product != d) {
                throw new IllegalArgumentException("subsystem dimensions " + Arrays.toString(dimensions)
                        + " do not multiply to the dimension " + d);
            }
            subsystemDimensions = dimensions.clone();
            return this;
        }

        /** The sites reservoirs may attach to one at a time, in the order a scenario's {@code site} counts them. */
        public Builder sites(List<? extends Site> sites) {
            this.sites = List.copyOf(sites);
            return this;
        }

        /** The particle-number operator, for a substance that exchanges particles with leads. */
        public Builder particleNumber(Operator number) {
            particleNumber = Objects.requireNonNull(number, "number");
            return this;
        }

        /**
         * The substance.
         *
         * @throws IllegalStateException when no default coupling was given
         */
        public AffineSubstance build() {
            if (defaultCoupling == null) {
                throw new IllegalStateException("a substance needs a default coupling operator");
            }
            return new AffineSubstance(this);
        }
    }
}
