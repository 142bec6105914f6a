package org.szilard.plugin.solvers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.solver.SolverException;
import org.szilard.testkit.PluginTests;

/** The block-wise exponential against the exponential of the whole generator. */
class BlockPropagatorTest {

    /**
     * M on 5 state coordinates and 2 bookkeeping ones: blocks {0, 3} and {1, 2, 4}; the bookkeeping rows read
     * coordinates of both blocks; their columns are zero.
     */
    private static final double[][] M = {
            {-0.7, 0, 0, 0.4, 0, 0, 0},
            {0, -0.2, 1.1, 0, 0.3, 0, 0},
            {0, -1.1, -0.2, 0, 0, 0, 0},
            {0.7, 0, 0, -0.4, 0, 0, 0},
            {0, 0.5, 0, 0, -0.9, 0, 0},
            {0.3, 0, 0.2, -0.1, 0, 0, 0},
            {0, 0.6, 0, 0.5, -0.2, 0, 0}};

    private static BlockPropagator propagator(double[][] generator, int k, int maxBlock) {
        int n = generator.length;
        int[][] rows = new int[n][];
        double[][] values = new double[n][];
        for (int j = 0; j < n; j++) {
            List<Integer> r = new ArrayList<>();
            List<Double> v = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (generator[i][j] != 0.0) {
                    r.add(i);
                    v.add(generator[i][j]);
                }
            }
            rows[j] = r.stream().mapToInt(Integer::intValue).toArray();
            values[j] = v.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return BlockPropagator.of(rows, values, k, 1.7, PluginTests.MATH, maxBlock);
    }

    private static void assertMatchesTheWholeExponential(double[][] generator, BlockPropagator blocks) {
        Operator whole = PluginTests.MATH.exponential(Operator.real(generator), 1.7);
        double[] c = {0.3, -0.2, 0.5, 0.7, 0.1, 0.25, -0.4};
        double[] next = new double[c.length];
        blocks.apply(c, next);
        for (int i = 0; i < c.length; i++) {
            double expected = 0.0;
            for (int j = 0; j < c.length; j++) {
                expected += whole.re(i, j) * c[j];
            }
            assertEquals(expected, next[i], 1e-14, "coordinate " + i);
        }
    }

    @Test
    void invariantBlocksAndTheBookkeepingTheyFeedGiveTheWholeExponential() {
        BlockPropagator blocks = propagator(M, 2, 10);
        assertEquals(2, blocks.blockCount());
        assertMatchesTheWholeExponential(M, blocks);
    }

    @Test
    void aBookkeepingColumnThatFeedsBackMakesOneBlock() {
        double[][] feedback = new double[7][];
        for (int i = 0; i < 7; i++) {
            feedback[i] = M[i].clone();
        }
        feedback[2][6] = 0.05;
        BlockPropagator blocks = propagator(feedback, 2, 10);
        assertEquals(1, blocks.blockCount());
        assertMatchesTheWholeExponential(feedback, blocks);
    }

    @Test
    void aBlockAboveTheLimitIsRefused() {
        var e = assertThrows(SolverException.class, () -> propagator(M, 2, 4));
        assertTrue(e.getMessage().contains("invariant block of 5 rows, above the limit of 4"), e.getMessage());
    }
}
