package org.szilard.kernel.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;

/**
 * The allocation-free generator against the master equation written out with plain operator algebra:
 * drho = -i[H, rho] + sum_k r_k (L rho L^dag - 1/2 {L^dag L, rho}), heat current Tr(H D_r(rho)), particle current
 * Tr(N D_r(rho)) and power -lambda' Tr(rho dH/dlambda), for random dense and sparse operators, with the operators
 * held dense, in compressed rows, or in the storage they come in.
 */
class LindbladianTest {

    private static final List<Function<Operator, MatrixAction>> STORAGES =
            List.of(MatrixAction::of, DenseAction::of, CsrAction::of);

    private final Random random = new Random(7);

    private Operator randomMatrix(int d) {
        double[] data = new double[2 * d * d];
        for (int k = 0; k < data.length; k++) {
            data[k] = random.nextGaussian();
        }
        return Operator.wrap(d, data);
    }

    /** About fraction d^2 random complex entries. */
    private Operator randomSparse(int d, double fraction) {
        Operator.Builder b = Operator.builder(d);
        for (int e = 0; e < fraction * d * d; e++) {
            b.add(random.nextInt(d), random.nextInt(d), random.nextGaussian(), random.nextGaussian());
        }
        return b.build();
    }

    private static Operator hermitianPart(Operator a) {
        return a.plus(a.dagger()).times(0.5);
    }

    private Operator randomState(int d) {
        Operator a = randomMatrix(d);
        Operator p = a.times(a.dagger());
        return p.times(1.0 / p.traceRe());
    }

    private static Operator dissipator(List<JumpOperator> jumps, Operator rho) {
        Operator sum = Operator.zero(rho.dimension());
        for (JumpOperator j : jumps) {
            Operator l = j.operator();
            Operator ldl = l.dagger().times(l);
            Operator term = l.times(rho).times(l.dagger()).minus(ldl.times(rho).plus(rho.times(ldl)).times(0.5));
            sum = sum.plus(term.times(j.rate()));
        }
        return sum;
    }

    /** Checks the generator against the algebra for three reservoirs (the second detached). */
    private static void checkAgainstAlgebra(Operator h, Operator n, Operator force, Operator rho,
                                            List<JumpOperator> first, List<JumpOperator> third,
                                            Function<Operator, MatrixAction> storage) {
        checkAgainstAlgebra(h, n, force, rho, first, third, storage, 1);
    }

    /** The same, with each evaluation split into {@code parts} row ranges run in parallel. */
    private static void checkAgainstAlgebra(Operator h, Operator n, Operator force, Operator rho,
                                            List<JumpOperator> first, List<JumpOperator> third,
                                            Function<Operator, MatrixAction> storage, int parts) {
        int d = h.dimension();
        StateLayout layout = new StateLayout(d, 3);
        double[] mu = {0.0, 0.0, 0.4};
        Lindbladian generator = new Lindbladian(layout, storage, parts);
        generator.set(h, Arrays.asList(first, null, third), mu, n);
        generator.setDrive(storage.apply(force), 0.3);
        double[] y = new double[layout.size()];
        rho.copyInto(y, 0);
        double[] yDot = new double[layout.size()];
        generator.apply(y, yDot);

        Operator expected = h.times(rho).minus(rho.times(h)).times(0.0, -1.0)
                .plus(dissipator(first, rho)).plus(dissipator(third, rho));
        Operator actual = Operator.wrap(d, Arrays.copyOf(yDot, layout.rhoLength()));
        double scale = Math.max(1.0, expected.maxAbs());
        assertEquals(0.0, actual.minus(expected).maxAbs(), 1e-12 * scale);
        assertExactlyHermitian(yDot, d);

        Operator hMinusMuN = h.minus(n.times(0.4));
        assertEquals(dissipator(first, rho).traceOfProductRe(h), yDot[layout.heat(0)], 1e-12 * scale);
        assertEquals(0.0, yDot[layout.heat(1)], 0.0);
        assertEquals(dissipator(third, rho).traceOfProductRe(hMinusMuN), yDot[layout.heat(2)], 1e-12 * scale);
        assertEquals(dissipator(first, rho).traceOfProductRe(n), yDot[layout.particles(0)], 1e-12 * scale);
        assertEquals(dissipator(third, rho).traceOfProductRe(n), yDot[layout.particles(2)], 1e-12 * scale);
        assertEquals(-0.3 * rho.traceOfProductRe(force), yDot[layout.work()], 1e-12 * scale);
    }

    /** Every entry below the diagonal is the exact conjugate of its mirror, and the diagonal is real. */
    static void assertExactlyHermitian(double[] m, int d) {
        for (int i = 0; i < d; i++) {
            assertEquals(0.0, m[2 * (i * d + i) + 1], 0.0);
            for (int j = i + 1; j < d; j++) {
                int ij = 2 * (i * d + j), ji = 2 * (j * d + i);
                assertEquals(m[ij], m[ji], 0.0);
                assertEquals(-m[ij + 1], m[ji + 1], 0.0);
            }
        }
    }

    @Test
    void matchesTheMasterEquationAndItsCurrents() {
        int d = 5;
        Operator h = hermitianPart(randomMatrix(d));
        Operator n = hermitianPart(randomMatrix(d));
        Operator force = hermitianPart(randomMatrix(d));
        Operator rho = randomState(d);
        List<JumpOperator> first = List.of(new JumpOperator(randomMatrix(d), 0.7, 1.0, 0),
                new JumpOperator(randomMatrix(d), 0.2, -1.0, 0));
        List<JumpOperator> third = List.of(new JumpOperator(randomMatrix(d), 1.3, 0.5, 1));
        for (Function<Operator, MatrixAction> storage : STORAGES) {
            checkAgainstAlgebra(h, n, force, rho, first, third, storage);
        }
    }

    /** A sparse test model: H, a particle number, a force, a state, and jumps on two reservoirs. */
    private record SparseModel(Operator h, Operator n, Operator force, Operator rho, List<JumpOperator> first,
                               List<JumpOperator> third) {

        void check(Function<Operator, MatrixAction> storage, int parts) {
            checkAgainstAlgebra(h, n, force, rho, first, third, storage, parts);
        }
    }

    /** A random sparse model of dimension 40; with {@code denseJump}, one of its jump operators is dense. */
    private SparseModel sparseModel(boolean denseJump) {
        int d = 40;
        return new SparseModel(hermitianPart(randomSparse(d, 0.03)), Operator.diagonal(random.doubles(d).toArray()),
                hermitianPart(randomSparse(d, 0.02)), randomState(d),
                List.of(new JumpOperator(randomSparse(d, 0.02), 0.7, 1.0, 0),
                        new JumpOperator(denseJump ? randomMatrix(d) : randomSparse(d, 0.01), 0.2, -1.0, 0)),
                List.of(new JumpOperator(randomSparse(d, 0.03), 1.3, 0.5, 1)));
    }

    @Test
    void sparseOperatorsMatchTheMasterEquationInEveryStorage() {
        SparseModel m = sparseModel(false);
        assertTrue(m.h().isSparse() && m.n().isSparse() && m.force().isSparse()
                && m.first().get(0).operator().isSparse());
        for (Function<Operator, MatrixAction> storage : STORAGES) {
            m.check(storage, 1);
        }
        // mixed: a dense Hamiltonian with sparse jumps
        checkAgainstAlgebra(m.h().toDense(), m.n(), m.force().toDense(), m.rho(), m.first(), m.third(),
                MatrixAction::of);
    }

    @Test
    void rowsSplitAmongThreadsGiveTheSameEquation() {
        SparseModel m = sparseModel(true);
        for (Function<Operator, MatrixAction> storage : STORAGES) {
            for (int parts = 2; parts <= 5; parts += 3) {
                m.check(storage, parts);
            }
        }
    }

    @Test
    void closedSystemIsUnitaryAndCarriesNoHeat() {
        int d = 4;
        StateLayout layout = new StateLayout(d, 1);
        Operator h = hermitianPart(randomMatrix(d));
        Operator rho = randomState(d);
        for (Function<Operator, MatrixAction> storage : STORAGES) {
            Lindbladian generator = new Lindbladian(layout, storage);
            generator.setClosed(storage.apply(h));
            double[] y = new double[layout.size()];
            rho.copyInto(y, 0);
            double[] yDot = new double[layout.size()];
            generator.apply(y, yDot);
            Operator expected = h.times(rho).minus(rho.times(h)).times(0.0, -1.0);
            assertEquals(0.0, Operator.wrap(d, Arrays.copyOf(yDot, layout.rhoLength())).minus(expected).maxAbs(),
                    1e-12);
            assertEquals(0.0, yDot[layout.heat(0)], 0.0);
            assertEquals(0.0, yDot[layout.work()], 0.0);
        }
    }

    @Test
    void combinationsOnACommonPatternFollowTheControl() {
        int d = 30;
        Operator h0 = hermitianPart(randomSparse(d, 0.03));
        Operator h1 = hermitianPart(randomSparse(d, 0.02));
        Operator rho = randomState(d);
        StateLayout layout = new StateLayout(d, 0);
        for (Operator[] pair : List.of(new Operator[] {h0, h1}, new Operator[] {h0.toDense(), h1})) {
            MatrixAction[] parts = MatrixAction.onCommonPattern(pair[0], pair[1]);
            MatrixAction h = parts[0].copy();
            Lindbladian generator = new Lindbladian(layout);
            double[] y = new double[layout.size()];
            rho.copyInto(y, 0);
            double[] yDot = new double[layout.size()];
            for (double lambda : new double[] {0.0, 1.5, -0.25}) {
                h.setCombination(parts[0], lambda, parts[1]);
                generator.setClosed(h);
                generator.setDrive(parts[1], 2.0);
                generator.apply(y, yDot);
                Operator hl = h0.plus(h1.times(lambda));
                Operator expected = hl.times(rho).minus(rho.times(hl)).times(0.0, -1.0);
                Operator actual = Operator.wrap(d, Arrays.copyOf(yDot, layout.rhoLength()));
                assertEquals(0.0, actual.minus(expected).maxAbs(), 1e-12);
                assertEquals(-2.0 * rho.traceOfProductRe(h1), yDot[layout.work()], 1e-12);
            }
        }
    }
}
