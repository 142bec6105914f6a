package org.szilard.kernel.steady;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.szilard.api.operator.Operator;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.dynamics.ConstantGenerator;
import org.szilard.kernel.dynamics.OpenSystem;
import org.szilard.kernel.dynamics.StateLayout;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/** Generators for steady-state tests, built through the kernel's {@link OpenSystem} from fixed H and jumps. */
final class Generators {

    static final Operator SZ = Operator.diagonal(0.5, -0.5);
    /** S_+ = |up><down|, up = index 0. */
    static final Operator RAISE = Operator.builder(2).add(0, 1, 1.0).build();
    /** S_- = |down><up|. */
    static final Operator LOWER = Operator.builder(2).add(1, 0, 1.0).build();
    static final Operator SX = RAISE.plus(LOWER).times(0.5);
    static final Operator SY = RAISE.minus(LOWER).times(0.0, -0.5);

    private Generators() {
    }

    /** The generator of H with the given baths (name -> jumps), all attached, in this order. */
    static ConstantGenerator of(Operator h, Map<String, List<JumpOperator>> baths) {
        Map<String, Reservoir> reservoirs = new LinkedHashMap<>();
        baths.forEach((name, jumps) -> reservoirs.put(name, fixed(jumps)));
        OpenSystem system = new OpenSystem(substance(h), reservoirs, new EjmlQuantumMath());
        return system.constantGenerator(new Segment("steady", 0.0, Control.constant(0.0), baths.keySet()));
    }

    /** The layout of a generator's state vector with the given number of reservoirs. */
    static StateLayout layout(ConstantGenerator generator, int reservoirs) {
        return new StateLayout(generator.equation().hilbertDimension(), reservoirs);
    }

    /** The derivative of the state vector (rho, then zero bookkeeping): L(rho), then power and currents. */
    static double[] rates(ConstantGenerator generator, Operator rho) {
        double[] y = new double[generator.equation().dimension()];
        double[] yDot = new double[y.length];
        rho.copyInto(y, 0);
        generator.equation().derivatives(0.0, y, yDot);
        return yDot;
    }

    /** The Frobenius norm of L(rho). */
    static double residual(ConstantGenerator generator, Operator rho) {
        double[] yDot = rates(generator, rho);
        double sum = 0.0;
        for (int k = 0; k < 2 * rho.dimension() * rho.dimension(); k++) {
            sum += yDot[k] * yDot[k];
        }
        return Math.sqrt(sum);
    }

    /** A bosonic bath as local jumps: lower at rate g (n + 1), raise at rate g n. */
    static List<JumpOperator> bath(Operator lower, double gamma, double occupation, double frequency) {
        return List.of(new JumpOperator(lower, gamma * (occupation + 1), frequency, 0),
                new JumpOperator(lower.dagger(), gamma * occupation, -frequency, 0));
    }

    /** The Bose occupation 1 / (exp(w / T) - 1). */
    static double bose(double frequency, double temperature) {
        return 1.0 / Math.expm1(frequency / temperature);
    }

    /** A single-site operator placed on site s of a chain of spin-1/2 sites (site 0 the slowest index). */
    static Operator at(int sites, Operator op, int s) {
        Operator result = s == 0 ? op : Operator.identity(2);
        for (int t = 1; t < sites; t++) {
            result = result.kron(t == s ? op : Operator.identity(2));
        }
        return result;
    }

    /** H = sum_i (Sx Sx + Sy Sy + 0.5 Sz Sz)_(i,i+1) + sum_i Sz_i. */
    static Operator xxzChain(int sites) {
        Operator h = Operator.zero(1 << sites);
        for (int s = 0; s < sites; s++) {
            h = h.plus(at(sites, SZ, s));
            if (s + 1 < sites) {
                h = h.plus(at(sites, SX, s).times(at(sites, SX, s + 1)))
                        .plus(at(sites, SY, s).times(at(sites, SY, s + 1)))
                        .plus(at(sites, SZ, s).times(at(sites, SZ, s + 1)).times(0.5));
            }
        }
        return h;
    }

    /** A random complex matrix with entries of modulus about 1. */
    static Operator random(int d, Random random) {
        double[][] re = new double[d][d];
        double[][] im = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                re[i][j] = random.nextGaussian();
                im[i][j] = random.nextGaussian();
            }
        }
        return Operator.complex(re, im);
    }

    /** A random Hermitian matrix. */
    static Operator randomHermitian(int d, Random random) {
        Operator a = random(d, random);
        return a.plus(a.dagger()).times(0.5);
    }

    private static WorkingSubstance substance(Operator h) {
        return new WorkingSubstance() {
            @Override
            public int dimension() {
                return h.dimension();
            }

            @Override
            public Operator hamiltonian(double lambda) {
                return h;
            }

            @Override
            public Operator hamiltonianDerivative(double lambda) {
                return Operator.zero(h.dimension());
            }

            @Override
            public Operator defaultCoupling() {
                return Operator.zero(h.dimension());
            }
        };
    }

    private static Reservoir fixed(List<JumpOperator> jumps) {
        return new Reservoir() {
            @Override
            public double temperature() {
                return 1.0;
            }

            @Override
            public List<JumpOperator> jumpOperators(InstantaneousSystem system) {
                return jumps;
            }
        };
    }
}
