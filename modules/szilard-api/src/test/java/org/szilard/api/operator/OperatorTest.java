package org.szilard.api.operator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Sparse and dense storage give the same operators: every operation on every combination of storages against the
 * dense computation (identical entries) and against entry-by-entry formulas.
 */
class OperatorTest {

    private final Random random = new Random(11);

    /** A random complex operator with about {@code fraction} d^2 non-zero entries (repeated positions add up). */
    private Operator randomSparse(int d, double fraction) {
        Operator.Builder b = Operator.builder(d);
        int count = (int) Math.ceil(fraction * d * d);
        for (int e = 0; e < count; e++) {
            b.add(random.nextInt(d), random.nextInt(d), random.nextGaussian(), random.nextGaussian());
        }
        return b.build();
    }

    private List<Operator> samples(int d) {
        List<Operator> list = new ArrayList<>();
        list.add(randomSparse(d, 0.03));
        list.add(randomSparse(d, 0.08));
        list.add(randomSparse(d, 0.5));
        list.add(Operator.zero(d));
        list.add(Operator.identity(d).times(0.0, 2.0));
        return list;
    }

    private static List<Operator> storages(Operator a) {
        return List.of(a.toSparse(), a.toDense());
    }

    private static void assertSameEntries(Operator expected, Operator actual) {
        assertEquals(expected, actual);
        assertEquals(expected.hashCode(), actual.hashCode());
        int d = expected.dimension();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                assertEquals(expected.re(i, j), actual.re(i, j), 0.0);
                assertEquals(expected.im(i, j), actual.im(i, j), 0.0);
            }
        }
        assertArrayEquals(expected.toInterleaved(), actual.toInterleaved(), 0.0);
    }

    private void checkBinary(BinaryOperator<Operator> op) {
        int d = 23;
        for (Operator a : samples(d)) {
            for (Operator b : samples(d)) {
                Operator reference = op.apply(a.toDense(), b.toDense());
                for (Operator x : storages(a)) {
                    for (Operator y : storages(b)) {
                        assertSameEntries(reference, op.apply(x, y));
                    }
                }
            }
        }
    }

    @Test
    void sumsAndDifferencesAgreeAcrossStorages() {
        checkBinary(Operator::plus);
        checkBinary(Operator::minus);
    }

    @Test
    void productsAgreeAcrossStoragesAndWithTheDefinition() {
        checkBinary(Operator::times);
        int d = 17;
        Operator a = randomSparse(d, 0.06), b = randomSparse(d, 0.09);
        Operator c = a.times(b);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double re = 0, im = 0;
                for (int k = 0; k < d; k++) {
                    re += a.re(i, k) * b.re(k, j) - a.im(i, k) * b.im(k, j);
                    im += a.re(i, k) * b.im(k, j) + a.im(i, k) * b.re(k, j);
                }
                assertEquals(re, c.re(i, j), 1e-13);
                assertEquals(im, c.im(i, j), 1e-13);
            }
        }
    }

    @Test
    void unaryOperationsAgreeAcrossStorages() {
        for (Operator a : samples(19)) {
            Operator dense = a.toDense(), sparse = a.toSparse();
            assertSameEntries(dense.dagger(), sparse.dagger());
            assertSameEntries(dense.times(-0.7), sparse.times(-0.7));
            assertSameEntries(dense.times(0.3, -1.1), sparse.times(0.3, -1.1));
            assertSameEntries(dense.times(0.0), sparse.times(0.0));
            assertEquals(dense.traceRe(), sparse.traceRe(), 0.0);
            assertEquals(dense.traceIm(), sparse.traceIm(), 0.0);
            assertEquals(dense.maxAbs(), sparse.maxAbs(), 0.0);
            assertEquals(dense.hermiticityError(), sparse.hermiticityError(), 0.0);
            assertEquals(dense.isZero(), sparse.isZero());
            assertEquals(dense.nonZeros(), sparse.nonZeros());
            Operator h = a.plus(a.dagger());
            assertEquals(0.0, h.toSparse().hermiticityError(), 0.0);
            assertEquals(0.0, h.toDense().hermiticityError(), 0.0);
            for (int i = 0; i < 19; i++) {
                for (int j = 0; j < 19; j++) {
                    assertEquals(a.re(j, i), a.dagger().re(i, j), 0.0);
                    assertEquals(-a.im(j, i), a.dagger().im(i, j), 0.0);
                }
            }
        }
    }

    @Test
    void traceOfProductAgreesAcrossStorages() {
        for (Operator a : samples(21)) {
            for (Operator b : samples(21)) {
                double reference = a.toDense().traceOfProductRe(b.toDense());
                assertEquals(reference, a.times(b).traceRe(), 1e-12);
                for (Operator x : storages(a)) {
                    for (Operator y : storages(b)) {
                        assertEquals(reference, x.traceOfProductRe(y), 1e-12);
                    }
                }
            }
        }
    }

    @Test
    void kroneckerProductsOfPauliChainsStaySparse() {
        Operator x = Operator.real(new double[][] {{0, 1}, {1, 0}});
        Operator y = Operator.complex(new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, -1}, {1, 0}});
        Operator z = Operator.diagonal(1, -1);
        Operator one = Operator.identity(2);
        Operator[] paulis = {one, x, y, z};
        int sites = 8;
        int[] word = new int[sites];
        for (int s = 0; s < sites; s++) {
            word[s] = random.nextInt(4);
        }
        Operator chain = paulis[word[0]];
        Operator denseChain = paulis[word[0]].toDense();
        for (int s = 1; s < sites; s++) {
            chain = chain.kron(paulis[word[s]]);
            denseChain = denseChain.kron(paulis[word[s]].toDense());
        }
        int d = 1 << sites;
        assertEquals(d, chain.dimension());
        assertTrue(chain.isSparse());
        assertEquals(d, chain.nonZeros());
        assertSameEntries(denseChain, chain);
        // each Pauli string is unitary and Hermitian: squares to one
        assertSameEntries(Operator.identity(d), chain.times(chain));
        assertEquals(0.0, chain.hermiticityError(), 0.0);
        // entries against the definition: (A (x) B)_{(i,k),(j,l)} = A_ij B_kl
        Operator a = randomSparse(5, 0.3), b = randomSparse(7, 0.2);
        for (Operator p : storages(a)) {
            for (Operator q : storages(b)) {
                Operator k = p.kron(q);
                for (int i = 0; i < 5; i++) {
                    for (int j = 0; j < 5; j++) {
                        for (int r = 0; r < 7; r++) {
                            for (int c = 0; c < 7; c++) {
                                double re = a.re(i, j) * b.re(r, c) - a.im(i, j) * b.im(r, c);
                                double im = a.re(i, j) * b.im(r, c) + a.im(i, j) * b.re(r, c);
                                assertEquals(re, k.re(i * 7 + r, j * 7 + c), 0.0);
                                assertEquals(im, k.im(i * 7 + r, j * 7 + c), 0.0);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void largeChainOperatorsNeverGoDense() {
        Operator lowering = Operator.builder(2).add(1, 0, 1.0).build();
        Operator chain = lowering;
        for (int s = 1; s < 12; s++) {
            chain = chain.kron(Operator.identity(2));
        }
        assertTrue(chain.isSparse());
        assertEquals(2048, chain.nonZeros());
        Operator number = chain.dagger().times(chain);
        assertTrue(number.isSparse());
        assertEquals(2048, number.nonZeros());
        assertEquals(2048.0, number.traceRe(), 0.0);
        assertTrue(Operator.identity(4096).isSparse());
    }

    @Test
    void storageIsChosenByDensity() {
        assertTrue(Operator.zero(3).isSparse());
        assertFalse(Operator.identity(4).isSparse());
        assertTrue(Operator.identity(16).isSparse());
        assertTrue(Operator.diagonal(new double[40]).isSparse());
        assertFalse(Operator.wrap(20, new double[800]).isSparse());
        assertTrue(Operator.projector(20, 3).isSparse());
        Operator a = randomSparse(30, 0.02);
        assertTrue(a.isSparse());
        Operator full = a.plus(Operator.real(ones(30)));
        assertFalse(full.isSparse());
        assertTrue(full.minus(Operator.real(ones(30))).isSparse());
    }

    private static double[][] ones(int d) {
        double[][] rows = new double[d][d];
        for (double[] row : rows) {
            java.util.Arrays.fill(row, 1.0);
        }
        return rows;
    }

    @Test
    void builderAddsRepeatedEntriesAndDropsCancellations() {
        Operator a = Operator.builder(20).add(3, 4, 1.0).add(3, 4, 0.5, 2.0).add(0, 19, 1.0).add(0, 19, -1.0)
                .add(19, 0, 0.0, 0.0).add(3, 1, 2.0).build();
        assertTrue(a.isSparse());
        assertEquals(2, a.nonZeros());
        assertEquals(1.5, a.re(3, 4), 0.0);
        assertEquals(2.0, a.im(3, 4), 0.0);
        assertEquals(2.0, a.re(3, 1), 0.0);
        assertEquals(0.0, a.re(0, 19), 0.0);
        List<String> seen = new ArrayList<>();
        a.forEachNonZero((i, j, re, im) -> seen.add(i + "," + j + "=" + re + "," + im));
        assertEquals(List.of("3,1=2.0,0.0", "3,4=1.5,2.0"), seen);
        assertThrows(IndexOutOfBoundsException.class, () -> Operator.builder(3).add(0, 3, 1.0));
        assertThrows(IndexOutOfBoundsException.class, () -> a.re(20, 0));
        Operator small = Operator.builder(2).add(0, 1, 1.0).add(1, 0, 1.0).build();
        assertFalse(small.isSparse());
        assertEquals(Operator.real(new double[][] {{0, 1}, {1, 0}}), small);
    }

    @Test
    void equalityIgnoresStorageAndSignedZeros() {
        Operator a = randomSparse(25, 0.05);
        assertEquals(a.toSparse(), a.toDense());
        assertEquals(a.toDense(), a.toSparse());
        assertEquals(a.toSparse().hashCode(), a.toDense().hashCode());
        assertNotEquals(a, a.times(2.0));
        assertNotEquals(a.toDense(), a.times(2.0).toSparse());
        assertNotEquals(a, Operator.zero(24));
        double[] zeros = new double[2 * 9];
        double[] negativeZeros = new double[2 * 9];
        java.util.Arrays.fill(negativeZeros, -0.0);
        assertEquals(Operator.wrap(3, zeros), Operator.wrap(3, negativeZeros));
        assertEquals(Operator.wrap(3, zeros).hashCode(), Operator.wrap(3, negativeZeros).hashCode());
        assertEquals(Operator.zero(3), Operator.wrap(3, negativeZeros));
        assertSame(a.toSparse(), a.toSparse().toSparse());
    }

    @Test
    void copiesDensifyWithZeros() {
        Operator a = randomSparse(12, 0.05);
        assertTrue(a.isSparse());
        double[] target = new double[2 * 144 + 5];
        java.util.Arrays.fill(target, 7.0);
        a.copyInto(target, 3);
        assertEquals(7.0, target[2], 0.0);
        assertEquals(7.0, target[3 + 288], 0.0);
        double[] copy = java.util.Arrays.copyOfRange(target, 3, 3 + 288);
        assertArrayEquals(a.toDense().toInterleaved(), copy, 0.0);
        assertEquals(a, Operator.wrap(12, copy));
        assertEquals(a.toString(), a.toDense().toString());
    }

    @Test
    void pureStatesOfBasisVectorsAreSparse() {
        double[] psi = new double[2 * 16];
        psi[2 * 5] = 1.0;
        Operator p = Operator.pure(psi);
        assertTrue(p.isSparse());
        assertEquals(Operator.projector(16, 5), p);
    }

    @Test
    void applyToMultipliesAVectorInBothStorages() {
        int d = 7;
        Operator sparse = randomSparse(d, 0.2);
        double[] psi = new double[2 * d];
        for (int k = 0; k < psi.length; k++) {
            psi[k] = random.nextGaussian();
        }
        for (Operator a : List.of(sparse, sparse.toDense())) {
            double[] out = new double[2 * d];
            a.applyTo(psi, out);
            for (int i = 0; i < d; i++) {
                double re = 0.0;
                double im = 0.0;
                for (int j = 0; j < d; j++) {
                    re += a.re(i, j) * psi[2 * j] - a.im(i, j) * psi[2 * j + 1];
                    im += a.re(i, j) * psi[2 * j + 1] + a.im(i, j) * psi[2 * j];
                }
                assertEquals(re, out[2 * i], 1e-14);
                assertEquals(im, out[2 * i + 1], 1e-14);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> sparse.applyTo(psi, psi));
        assertThrows(IllegalArgumentException.class, () -> sparse.applyTo(psi, new double[d]));
    }
}
