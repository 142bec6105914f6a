package org.szilard.kernel.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Restarted, right-preconditioned GMRES on small non-symmetric systems. */
class GmresTest {

    /** A diagonally dominated non-symmetric matrix. */
    private static double[][] system(int n, Random random) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = random.nextGaussian() / Math.sqrt(n);
            }
            a[i][i] += 2.0 + i % 3;
        }
        return a;
    }

    private static Gmres.LinearMap map(double[][] a) {
        return (x, out) -> {
            for (int i = 0; i < a.length; i++) {
                double s = 0.0;
                for (int j = 0; j < x.length; j++) {
                    s += a[i][j] * x[j];
                }
                out[i] = s;
            }
        };
    }

    @Test
    void solvesWithRestartsAndAPreconditioner() {
        Random random = new Random(5);
        int n = 60;
        double[][] a = system(n, random);
        double[] solution = new double[n];
        for (int i = 0; i < n; i++) {
            solution[i] = random.nextGaussian();
        }
        double[] b = new double[n];
        map(a).apply(solution, b);
        // the inverse of the diagonal as preconditioner
        Gmres.LinearMap jacobi = (x, out) -> {
            for (int i = 0; i < n; i++) {
                out[i] = x[i] / a[i][i];
            }
        };
        for (Gmres.LinearMap preconditioner : new Gmres.LinearMap[] {(x, out) -> System.arraycopy(x, 0, out, 0, n),
                jacobi}) {
            double[] x = new double[n];
            List<Double> estimates = new ArrayList<>();
            Gmres.Result result = new Gmres(n, 8, 500).solve(map(a), preconditioner, b, x, 1e-12,
                    (iterations, residual) -> {
                        assertEquals(estimates.size() + 1, iterations);
                        estimates.add(residual);
                    });
            assertTrue(result.converged(), result.toString());
            assertEquals(result.iterations(), estimates.size(), "the monitor hears of every iteration");
            assertTrue(estimates.get(estimates.size() - 1) <= 1e-12, estimates.toString());
            assertTrue(result.residual() <= 1e-12, result.toString());
            for (int i = 0; i < n; i++) {
                assertEquals(solution[i], x[i], 1e-10);
            }
        }
    }

    @Test
    void reportsTheResidualWhenItRunsOutOfIterations() {
        Random random = new Random(6);
        int n = 40;
        double[][] a = system(n, random);
        double[] b = new double[n];
        b[0] = 1.0;
        double[] x = new double[n];
        Gmres.Result result = new Gmres(n, 3, 4).solve(map(a), (v, out) -> System.arraycopy(v, 0, out, 0, n), b, x,
                1e-14, (iterations, residual) -> { });
        assertFalse(result.converged());
        assertEquals(4, result.iterations());
        assertTrue(result.residual() > 1e-14 && result.residual() < 1.0, result.toString());
    }

    @Test
    void aGoodStartNeedsNoIteration() {
        double[][] a = {{2, 1}, {0, 3}};
        double[] x = {1, 1};
        Gmres.Result result = new Gmres(2, 2, 10).solve(map(a), (v, out) -> System.arraycopy(v, 0, out, 0, 2),
                new double[] {3, 3}, x, 1e-12, (iterations, residual) -> { });
        assertTrue(result.converged());
        assertEquals(0, result.iterations());
    }
}
