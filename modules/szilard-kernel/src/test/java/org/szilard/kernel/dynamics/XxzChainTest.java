package org.szilard.kernel.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.RampShape;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.substance.AffineHamiltonian;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/**
 * A spin-1/2 XXZ chain, H = sum_i (Sx_i Sx_i+1 + Sy_i Sy_i+1 + 0.5 Sz_i Sz_i+1) + lambda sum_i Sz_i (up = index 0,
 * Kronecker order = site order), with local baths (S_- and S_+ jumps) on the two end sites, built by hand from
 * Kronecker products: the operators stay sparse, the derivative at d = 1024 is exactly Hermitian, trace preserving
 * and obeys the first law, and at d = 64 the sparse generator equals the dense one.
 */
class XxzChainTest {

    private static final Operator SZ = Operator.diagonal(0.5, -0.5);
    private static final Operator RAISE = Operator.builder(2).add(0, 1, 1.0).build();
    private static final Operator LOWER = Operator.builder(2).add(1, 0, 1.0).build();
    private static final Operator SX = RAISE.plus(LOWER).times(0.5);
    private static final Operator SY = RAISE.minus(LOWER).times(0.0, -0.5);

    /** The chain operators: couplings H0, field H1 = sum Sz, and the end-site ladder operators. */
    private record Chain(int siteCount, Operator couplings, Operator field, Operator lowerFirst, Operator raiseFirst,
                         Operator lowerLast, Operator raiseLast) implements WorkingSubstance {

        static Chain of(int sites) {
            Operator couplings = null;
            Operator field = null;
            for (int s = 0; s < sites; s++) {
                field = sum(field, at(sites, SZ, s));
                if (s + 1 < sites) {
                    Operator bond = at(sites, SX, s).times(at(sites, SX, s + 1))
                            .plus(at(sites, SY, s).times(at(sites, SY, s + 1)))
                            .plus(at(sites, SZ, s).times(at(sites, SZ, s + 1)).times(0.5));
                    couplings = sum(couplings, bond);
                }
            }
            return new Chain(sites, couplings, field, at(sites, LOWER, 0), at(sites, RAISE, 0),
                    at(sites, LOWER, sites - 1), at(sites, RAISE, sites - 1));
        }

        private static Operator sum(Operator a, Operator b) {
            return a == null ? b : a.plus(b);
        }

        /** op on site s, identity elsewhere. */
        static Operator at(int sites, Operator op, int s) {
            Operator result = s == 0 ? op : Operator.identity(2);
            for (int t = 1; t < sites; t++) {
                result = result.kron(t == s ? op : Operator.identity(2));
            }
            return result;
        }

        @Override
        public int dimension() {
            return 1 << siteCount;
        }

        @Override
        public Operator hamiltonian(double lambda) {
            return couplings.plus(field.times(lambda));
        }

        @Override
        public Operator hamiltonianDerivative(double lambda) {
            return field;
        }

        @Override
        public Optional<AffineHamiltonian> affine() {
            return Optional.of(new AffineHamiltonian(couplings, field));
        }

        @Override
        public Operator defaultCoupling() {
            return at(siteCount, SX, 0).times(2.0);
        }

        List<JumpOperator> firstBath() {
            return List.of(new JumpOperator(lowerFirst, 0.3, 1.0, 0), new JumpOperator(raiseFirst, 0.1, -1.0, 0));
        }

        List<JumpOperator> lastBath() {
            return List.of(new JumpOperator(lowerLast, 0.2, 1.0, 0), new JumpOperator(raiseLast, 0.05, -1.0, 0));
        }
    }

    /** A local bath: fixed jumps that never look at the spectrum. */
    private static Reservoir local(List<JumpOperator> jumps) {
        return new Reservoir() {
            @Override
            public double temperature() {
                return 1.0;
            }

            @Override
            public List<JumpOperator> jumpOperators(org.szilard.api.reservoir.InstantaneousSystem system) {
                return jumps;
            }
        };
    }

    /** The kernel's math, except that a spectrum request fails: local baths must never cause one. */
    private static QuantumMath noSpectra() {
        QuantumMath math = new EjmlQuantumMath();
        return (QuantumMath) Proxy.newProxyInstance(QuantumMath.class.getClassLoader(),
                new Class<?>[] {QuantumMath.class}, (proxy, method, args) -> {
                    if (method.getName().equals("spectrum")) {
                        throw new AssertionError("a spectrum was computed for local baths");
                    }
                    return method.invoke(math, args);
                });
    }

    /** A Hermitian trace-one matrix near the maximally mixed state (not necessarily positive; cheap at any d). */
    private static double[] hermitianState(int d, int extra, long seed) {
        Random random = new Random(seed);
        double[] y = new double[2 * d * d + extra];
        for (int i = 0; i < d; i++) {
            y[2 * (i * d + i)] = 1.0 / d;
            for (int j = i + 1; j < d; j++) {
                double re = 0.3 * random.nextGaussian() / d, im = 0.3 * random.nextGaussian() / d;
                y[2 * (i * d + j)] = re;
                y[2 * (i * d + j) + 1] = im;
                y[2 * (j * d + i)] = re;
                y[2 * (j * d + i) + 1] = -im;
            }
        }
        return y;
    }

    @Test
    void tenSiteDerivativeIsHermitianTracePreservingAndObeysTheFirstLaw() {
        Chain chain = Chain.of(10);
        int d = chain.dimension();
        assertEquals(1024, d);
        Operator h = chain.hamiltonian(1.0);
        assertTrue(h.isSparse() && chain.lowerFirst().isSparse() && chain.raiseLast().isSparse());
        // diagonal d, plus d/2 flip pairs per bond
        assertEquals(d + 9 * d / 2, h.nonZeros());

        Map<String, Reservoir> baths = new LinkedHashMap<>();
        baths.put("left", local(chain.firstBath()));
        baths.put("right", local(chain.lastBath()));
        OpenSystem system = new OpenSystem(chain, baths, noSpectra());
        MasterEquation equation = system.equation(
                new Segment("relax", 1.0, Control.constant(1.0), Set.of("left", "right")));
        StateLayout layout = system.layout();
        double[] y = hermitianState(d, layout.size() - layout.rhoLength(), 3);
        double[] yDot = new double[layout.size()];
        equation.derivatives(0.0, y, yDot);

        LindbladianTest.assertExactlyHermitian(yDot, d);
        double trace = 0;
        for (int i = 0; i < d; i++) {
            trace += yDot[2 * (i * d + i)];
        }
        assertEquals(0.0, trace, 1e-14);
        double scale = Arrays.stream(yDot).map(Math::abs).max().orElseThrow();
        assertTrue(scale > 1e-4, "the baths act");
        // d/dt Tr(rho H) = sum of the heat currents (the coherent part conserves energy)
        Operator rhoDot = Operator.wrap(d, Arrays.copyOf(yDot, layout.rhoLength()));
        double energyRate = h.traceOfProductRe(rhoDot);
        assertEquals(energyRate, yDot[layout.heat(0)] + yDot[layout.heat(1)], 1e-13);
        assertTrue(Math.abs(yDot[layout.heat(0)]) > 1e-6);
        assertEquals(0.0, yDot[layout.work()], 0.0);
    }

    @Test
    void sixSiteSparseGeneratorEqualsTheDenseOneAndTheAlgebra() {
        Chain chain = Chain.of(6);
        int d = chain.dimension();
        Operator h = chain.hamiltonian(1.0);
        StateLayout layout = new StateLayout(d, 2);
        double[] y = hermitianState(d, layout.size() - layout.rhoLength(), 5);
        Operator rho = Operator.wrap(d, Arrays.copyOf(y, layout.rhoLength()));
        List<List<JumpOperator>> baths = List.of(chain.firstBath(), chain.lastBath());

        double[][] derivatives = new double[3][];
        List<java.util.function.Function<Operator, MatrixAction>> storages =
                List.of(MatrixAction::of, DenseAction::of, CsrAction::of);
        for (int s = 0; s < storages.size(); s++) {
            Lindbladian generator = new Lindbladian(layout, storages.get(s));
            generator.set(h, baths, new double[2], null);
            generator.setDrive(storages.get(s).apply(chain.field()), 0.7);
            derivatives[s] = new double[layout.size()];
            generator.apply(y, derivatives[s]);
        }
        for (int s : new int[] {0, 2}) {
            for (int k = 0; k < layout.size(); k++) {
                assertEquals(derivatives[1][k], derivatives[s][k], 1e-15);
            }
        }
        Operator expected = h.times(rho).minus(rho.times(h)).times(0.0, -1.0);
        for (List<JumpOperator> bath : baths) {
            for (JumpOperator j : bath) {
                Operator l = j.operator(), ldl = l.dagger().times(l);
                expected = expected.plus(l.times(rho).times(l.dagger())
                        .minus(ldl.times(rho).plus(rho.times(ldl)).times(0.5)).times(j.rate()));
            }
        }
        Operator actual = Operator.wrap(d, Arrays.copyOf(derivatives[0], layout.rhoLength()));
        assertEquals(0.0, actual.minus(expected).maxAbs(), 1e-14);
        assertEquals(-0.7 * rho.traceOfProductRe(chain.field()), derivatives[0][layout.work()], 1e-14);
    }

    @Test
    void affineRampOnASparseChainIsUpdatedInPlaceWithoutAllocating() {
        Chain chain = Chain.of(7);
        int d = chain.dimension();
        OpenSystem system = new OpenSystem(chain, Map.of(), noSpectra());
        Control ramp = Control.ramp(0.5, 2.0, 3.0, RampShape.SINE);
        MasterEquation equation = system.equation(new Segment("ramp", 3.0, ramp, Set.of()));
        StateLayout layout = system.layout();
        double[] y = hermitianState(d, layout.size() - layout.rhoLength(), 9);
        double[] yDot = new double[layout.size()];
        Operator rho = Operator.wrap(d, Arrays.copyOf(y, layout.rhoLength()));
        for (double s : new double[] {0.4, 1.7}) {
            equation.derivatives(s, y, yDot);
            Operator h = chain.hamiltonian(ramp.value(s));
            Operator expected = h.times(rho).minus(rho.times(h)).times(0.0, -1.0);
            Operator actual = Operator.wrap(d, Arrays.copyOf(yDot, layout.rhoLength()));
            assertEquals(0.0, actual.minus(expected).maxAbs(), 1e-14);
            assertEquals(-ramp.rate(s) * rho.traceOfProductRe(chain.field()), yDot[layout.work()], 1e-14);
        }

        LongSupplier counter = allocationCounter();
        for (int k = 0; k < 20; k++) {
            equation.derivatives(0.01 * k, y, yDot);
        }
        long overhead = -counter.getAsLong() + counter.getAsLong();
        long before = counter.getAsLong();
        for (int k = 0; k < 20; k++) {
            equation.derivatives(0.01 * k, y, yDot);
        }
        long allocated = counter.getAsLong() - before - overhead;
        // a row buffer (2 d doubles) allocated per call would be 2 KB per call
        assertTrue(allocated < 256, "allocated " + allocated + " bytes in 20 evaluations");
    }

    /**
     * The bytes allocated so far by the calling thread (HotSpot's ThreadMXBean, reached reflectively since the tests
     * are compiled inside the kernel module, which does not read java.management).
     */
    private static LongSupplier allocationCounter() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Method read = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
            read.invoke(bean);
            return () -> {
                try {
                    return (Long) read.invoke(bean);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException | RuntimeException e) {
            Assumptions.abort("no allocation counter in this JVM: " + e);
            return null;
        }
    }

    @Test
    void snapshotsComputeTheirSpectrumOnlyWhenAsked() {
        Chain chain = Chain.of(3);
        InstantaneousSnapshot snapshot = InstantaneousSnapshot.of(chain, 0.5, new EjmlQuantumMath());
        assertFalse(snapshot.hasSpectrum());
        assertEquals(chain.hamiltonian(0.5), snapshot.hamiltonian());
        double[] energies = snapshot.spectrum().energies();
        assertTrue(snapshot.hasSpectrum());
        assertEquals(8, energies.length);
        assertTrue(snapshot.spectrum() == snapshot.spectrum());
    }
}
