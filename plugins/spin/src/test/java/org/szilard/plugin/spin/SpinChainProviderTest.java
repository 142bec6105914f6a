package org.szilard.plugin.spin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.testkit.PluginTests.MATH;
import static org.szilard.testkit.PluginTests.assertOperatorEquals;

import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.substance.Site;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.testkit.PluginTests;

class SpinChainProviderTest {

    private static final double EPS = 1e-12;
    private static final SpinChainProvider PROVIDER = new SpinChainProvider();

    private static final Operator SIGMA_X = Operator.real(new double[][] {{0, 1}, {1, 0}});
    private static final Operator SIGMA_Y =
            Operator.complex(new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, -1}, {1, 0}});
    private static final Operator SIGMA_MINUS = Operator.real(new double[][] {{0, 0}, {1, 0}});
    private static final Operator ID2 = Operator.identity(2);

    private static WorkingSubstance chain(Object... keysAndValues) {
        return PluginTests.create(PROVIDER, keysAndValues);
    }

    private static WorkingSubstance heisenberg(int sites, double spin, double j, boolean periodic) {
        return chain("sites", sites, "spin", spin, "jx", j, "jy", j, "jz", j, "periodic", periodic);
    }

    private static double[] sorted(double... values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** Two spins 1/2: J S_1.S_2 has the singlet at -3J/4 and the triplet at J/4, split by lambda m (m = 1, 0, -1). */
    @ParameterizedTest
    @CsvSource({"1.3, 0.4", "-0.7, 0.25", "1.0, 0.0"})
    void twoSpinHeisenbergSpectrumIsSingletAndSplitTriplet(double j, double lambda) {
        double[] expected = sorted(-0.75 * j, 0.25 * j - lambda, 0.25 * j, 0.25 * j + lambda);
        assertArrayEquals(expected, MATH.eigenvalues(heisenberg(2, 0.5, j, false).hamiltonian(lambda)), EPS);
    }

    /** Two spins 1: J S_1.S_2 = J (S(S+1) - 4)/2 for total spin S = 0, 1, 2, split by lambda M. */
    @Test
    void twoSpinOneHeisenbergSpectrumFollowsTotalSpin() {
        double j = 0.9, lambda = 0.15;
        double[] expected = new double[9];
        int k = 0;
        for (int s = 0; s <= 2; s++) {
            for (int m = -s; m <= s; m++) {
                expected[k++] = 0.5 * j * (s * (s + 1) - 4) + lambda * m;
            }
        }
        assertArrayEquals(sorted(expected), MATH.eigenvalues(heisenberg(2, 1.0, j, false).hamiltonian(lambda)), EPS);
    }

    /**
     * A ring of three spins 1/2 couples every pair once: J sum_{i<k} S_i.S_k = J (S(S+1) - 9/4)/2, so -3J/4 for the
     * two S = 1/2 doublets and 3J/4 for the S = 3/2 quartet (at lambda = 0). A doubled bond would break this.
     */
    @Test
    void threeSpinRingCountsEveryBondOnce() {
        double j = 1.1;
        double[] expected = {-0.75 * j, -0.75 * j, -0.75 * j, -0.75 * j, 0.75 * j, 0.75 * j, 0.75 * j, 0.75 * j};
        assertArrayEquals(expected, MATH.eigenvalues(heisenberg(3, 0.5, j, true).hamiltonian(0.0)), EPS);
    }

    /**
     * The open XX chain (jx = jy = J, jz = 0) of N spins 1/2 in the one-magnon sector (one spin down, the others
     * up, total S_z = N/2 - 1). There J (S^x S^x + S^y S^y) = (J/2)(S^+_i S^-_k + S^-_i S^+_k) moves the down spin
     * to a neighbouring site with amplitude J/2, and the field adds lambda (N/2 - 1). The sector is an open
     * tight-binding chain with hopping J/2, whose band is (J/2) 2 cos(pi k/(N+1)), k = 1 ... N:
     * E_k = lambda (N/2 - 1) + J cos(pi k/(N+1)).
     */
    @ParameterizedTest
    @CsvSource({"6, 0.8, 0.3", "5, -1.2, 0.0", "8, 1.0, -0.45"})
    void xxChainOneMagnonBandIsCosine(int n, double j, double lambda) {
        Operator h = chain("sites", n, "jx", j, "jy", j).hamiltonian(lambda);
        int[] sector = new int[n];
        for (int l = 0; l < n; l++) {
            sector[l] = 1 << (n - 1 - l); // spin l down: its digit is 1, spin 0 is the most significant one
        }
        Set<Integer> inSector = Arrays.stream(sector).boxed().collect(Collectors.toSet());
        Operator.Builder block = Operator.builder(n);
        for (int a = 0; a < n; a++) {
            for (int row = 0; row < h.dimension(); row++) {
                if (!inSector.contains(row)) {
                    assertEquals(0.0, Math.hypot(h.re(row, sector[a]), h.im(row, sector[a])), "leaves the sector");
                }
            }
            for (int b = 0; b < n; b++) {
                block.add(a, b, h.re(sector[a], sector[b]), h.im(sector[a], sector[b]));
            }
        }
        double[] expected = new double[n];
        for (int k = 1; k <= n; k++) {
            expected[k - 1] = lambda * (0.5 * n - 1) + j * Math.cos(Math.PI * k / (n + 1));
        }
        assertArrayEquals(sorted(expected), MATH.eigenvalues(block.build()), EPS);
    }

    @Test
    void hamiltonianAndCouplingsAreHermitian() {
        WorkingSubstance s = chain("sites", 4, "spin", 1.0, "jx", 0.3, "jy", -1.7, "jz", 0.9, "periodic", true);
        assertEquals(0.0, s.hamiltonian(0.37).hermiticityError(), EPS);
        assertEquals(0.0, s.hamiltonianDerivative(0.37).hermiticityError(), EPS);
        s.couplingOperators().forEach((name, a) -> assertEquals(0.0, a.hermiticityError(), EPS, name));
        for (Site site : s.sites()) {
            assertEquals(0.0, site.coupling().hermiticityError(), EPS);
            assertOperatorEquals(site.lowering().plus(site.lowering().dagger()), site.coupling(), EPS);
        }
    }

    @Test
    void totalSzIsConservedByXxzButNotByXyz() {
        WorkingSubstance xxz = chain("sites", 4, "spin", 1.0, "jx", 0.7, "jy", 0.7, "jz", -1.1, "periodic", true);
        Operator h = xxz.hamiltonian(0.5);
        Operator sz = xxz.affine().orElseThrow().slope();
        assertTrue(h.times(sz).minus(sz.times(h)).maxAbs() < EPS);

        WorkingSubstance xyz = chain("sites", 4, "spin", 1.0, "jx", 0.7, "jy", 0.2, "jz", -1.1);
        Operator h2 = xyz.hamiltonian(0.5);
        assertTrue(h2.times(sz).minus(sz.times(h2)).maxAbs() > 0.1);
    }

    @Test
    void hamiltonianIsAffineWithTotalSzAsSlope() {
        WorkingSubstance s = chain("sites", 3, "jx", 0.4, "jy", 0.1, "jz", 0.2);
        var affine = s.affine().orElseThrow();
        Operator sz = Operator.diagonal(0.5, -0.5);
        Operator totalSz = sz.kron(ID2).kron(ID2).plus(ID2.kron(sz).kron(ID2)).plus(ID2.kron(ID2).kron(sz));
        assertOperatorEquals(totalSz, affine.slope(), EPS);
        assertOperatorEquals(totalSz, s.hamiltonianDerivative(2.0), EPS);
        assertOperatorEquals(affine.constant().plus(totalSz.times(-1.5)), s.hamiltonian(-1.5), EPS);
    }

    /** Site operators, checked against Kronecker products built independently. */
    @Test
    void sitesAreTheSpinsInKroneckerOrder() {
        WorkingSubstance s = chain("sites", 3, "jz", 1.0);
        assertArrayEquals(new int[] {2, 2, 2}, s.subsystemDimensions());
        assertEquals(8, s.dimension());
        List<Site> sites = s.sites();
        assertEquals(3, sites.size());
        Site middle = sites.get(1);
        assertOperatorEquals(ID2.kron(SIGMA_MINUS).kron(ID2), middle.lowering(), EPS);
        assertOperatorEquals(ID2.kron(SIGMA_X).kron(ID2), middle.coupling(), EPS);
        assertEquals(0.7, middle.bareFrequency(0.7));
        assertOperatorEquals(SIGMA_MINUS.kron(ID2).kron(ID2), sites.get(0).lowering(), EPS);
        assertOperatorEquals(ID2.kron(ID2).kron(SIGMA_MINUS), sites.get(2).lowering(), EPS);

        Operator sum = sites.get(0).coupling().plus(middle.coupling()).plus(sites.get(2).coupling());
        assertOperatorEquals(sum, s.defaultCoupling(), EPS);
        assertOperatorEquals(sum, s.couplingOperators().get("sx"), EPS);
        assertOperatorEquals(ID2.kron(ID2).kron(SIGMA_Y), s.couplingOperators().get("sy2"), EPS);
        assertEquals(Set.of("sx", "sy", "sz", "sx0", "sy0", "sz0", "sx1", "sy1", "sz1", "sx2", "sy2", "sz2"),
                s.couplingOperators().keySet());
    }

    @Test
    void tenSpinsBuildQuickly() {
        long start = System.nanoTime();
        WorkingSubstance s = chain("sites", 10, "jx", 1.0, "jy", 0.5, "jz", 0.25, "periodic", true);
        double seconds = 1e-9 * (System.nanoTime() - start);
        assertEquals(1024, s.dimension());
        assertEquals(10, s.sites().size());
        assertTrue(seconds < 1.0, "building a chain of 10 spins took " + seconds + " s");
        assertTrue(s.hamiltonian(0.3).isSparse() && s.sites().get(4).lowering().isSparse());
        // spot check: the all-up state has energy N (jz/4) + lambda N/2 on a ring with N bonds
        assertEquals(10 * 0.25 / 4 + 0.3 * 5, s.hamiltonian(0.3).re(0, 0), EPS);
    }

    @Test
    void periodicChainOfTwoIsRejected() {
        var e = assertThrows(InvalidParameterException.class, () -> chain("sites", 2, "periodic", true));
        assertEquals("periodic", e.key());
    }

    @Test
    void tooManySitesAreRejectedBeforeAnythingIsAllocated() {
        var e = assertThrows(InvalidParameterException.class, () -> chain("sites", 40, "spin", 1.0));
        assertEquals("sites", e.key());
        assertTrue(e.getMessage().contains("3^40"), e.getMessage());
    }

    @Test
    void parametersDeclareTheirRangesAndDefaults() {
        Parameter sites = PROVIDER.parameters().get(0);
        assertEquals("sites", sites.name());
        assertTrue(sites.required());
        assertFalse(sites.inRange(1));
        assertTrue(sites.inRange(2));
        for (String name : List.of("jx", "jy", "jz")) {
            Parameter p = PROVIDER.parameters().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
            assertEquals("energy", p.unit());
            assertEquals(0.0, ((Number) p.defaultValue().orElseThrow()).doubleValue());
        }
        var e = assertThrows(InvalidParameterException.class, () -> chain("sites", 3, "spin", 0.75));
        assertEquals("spin", e.key());
    }

    @Test
    void bothSpinSubstancesAreServices() {
        Set<String> types = ServiceLoader.load(SubstanceProvider.class).stream().map(p -> p.get().type())
                .collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("spin", "spin-chain")), types.toString());
    }

    @Test
    void fieldFactorsGiveEachSiteItsOwnSplitting() {
        WorkingSubstance c = chain("sites", 2, "fields", List.of(2.0, 0.5));
        // no exchange: H = lambda (2 Sz_0 + 0.5 Sz_1), diagonal with entries lambda (+-1 +-0.25)
        assertArrayEquals(sorted(1.25, 0.75, -0.75, -1.25), MATH.eigenvalues(c.hamiltonian(1.0)), EPS);
        assertEquals(3.0, c.sites().get(0).bareFrequency(1.5), 0.0);
        assertEquals(0.75, c.sites().get(1).bareFrequency(1.5), 0.0);
        var e = assertThrows(InvalidParameterException.class, () -> chain("sites", 3, "fields", List.of(1.0, 1.0)));
        assertEquals("fields", e.key());
    }
}
