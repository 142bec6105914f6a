package org.szilard.kernel.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/**
 * The preconditioner is the exact inverse of M(X) = -i (H_eff X - X H_eff^dag) - sigma X + sum_k r_k L_k X L_k^dag
 * + beta Tr(X) 1 when H_eff is normal and the jumps only move populations between its eigenvectors.
 */
class SchurPreconditionerTest {

    @Test
    void invertsTheCoherentDecayPopulationAndBorderPartsExactly() {
        int d = 9;
        Random random = new Random(21);
        Operator u = new EjmlQuantumMath().spectrum(Generators.randomHermitian(d, random)).eigenvectors();
        assertInvertsExactly(u, random);
    }

    @Test
    void worksSectorBySectorWhenTheEffectiveHamiltonianIsBlockDiagonal() {
        // three sectors of 4, 3 and 2 states, interleaved in the basis: {0, 3, 5, 8}, {1, 4, 7}, {2, 6}
        int[][] sectors = {{0, 3, 5, 8}, {1, 4, 7}, {2, 6}};
        int d = 9;
        Random random = new Random(22);
        EjmlQuantumMath math = new EjmlQuantumMath();
        Operator.Builder unitary = Operator.builder(d);
        for (int[] sector : sectors) {
            Operator block = math.spectrum(Generators.randomHermitian(sector.length, random)).eigenvectors();
            for (int i = 0; i < sector.length; i++) {
                for (int j = 0; j < sector.length; j++) {
                    unitary.add(sector[i], sector[j], block.re(i, j), block.im(i, j));
                }
            }
        }
        Operator u = unitary.build();
        assertEquals(3, Sectors.of(d, u.toInterleaved()).count());
        assertInvertsExactly(u, random);
    }

    /**
     * With H_eff = U diag(mu) U^dag (normal) and jumps between the columns of U, M^-1 is exact: M(M^-1(b)) = b for a
     * random Hermitian b.
     */
    private static void assertInvertsExactly(Operator u, Random random) {
        int d = u.dimension();
        double[] mu = new double[2 * d];
        for (int a = 0; a < d; a++) {
            mu[2 * a] = random.nextGaussian();
            mu[2 * a + 1] = a == 0 ? 0.0 : -random.nextDouble();
        }
        Operator heff = u.times(Operator.wrap(d, diagonal(mu))).times(u.dagger());
        List<JumpOperator> jumps = new ArrayList<>();
        for (int k = 0; k < 2 * d; k++) {
            int from = random.nextInt(d);
            int to = random.nextInt(d);
            Operator transfer = Operator.builder(d).add(to, from, 1.0).build();
            jumps.add(new JumpOperator(u.times(transfer).times(u.dagger()), random.nextDouble(), 0.0, 0));
        }
        double shift = 1e-3;
        double border = 0.2;
        SchurPreconditioner preconditioner = new SchurPreconditioner(heff, jumps, shift, border);

        double[] b = new double[d * d];
        for (int k = 0; k < b.length; k++) {
            b[k] = random.nextGaussian();
        }
        double[] x = new double[d * d];
        preconditioner.apply(b, x);
        Operator xm = HermitianCoordinates.operator(d, x);
        Operator image = heff.times(xm).minus(xm.times(heff.dagger())).times(0.0, -1.0).minus(xm.times(shift))
                .plus(Operator.identity(d).times(border * xm.traceRe()));
        for (JumpOperator j : jumps) {
            image = image.plus(j.operator().times(xm).times(j.operator().dagger()).times(j.rate()));
        }
        double error = image.minus(HermitianCoordinates.operator(d, b)).maxAbs();
        assertTrue(error < 1e-12, "|M(M^-1 b) - b| = " + error);
    }

    private static double[] diagonal(double[] values) {
        int d = values.length / 2;
        double[] m = new double[2 * d * d];
        for (int a = 0; a < d; a++) {
            m[2 * (a * d + a)] = values[2 * a];
            m[2 * (a * d + a) + 1] = values[2 * a + 1];
        }
        return m;
    }
}
