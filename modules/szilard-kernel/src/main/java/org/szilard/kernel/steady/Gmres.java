package org.szilard.kernel.steady;

import java.util.Arrays;

/**
 * Restarted GMRES (Saad and Schultz) for a real linear system A x = b given only as a map, with right
 * preconditioning: it solves A M^-1 u = r and sets x += M^-1 u, so the residual it minimises and reports is the true
 * residual b - A x. The Arnoldi basis is orthogonalised by modified Gram-Schmidt with one reorthogonalisation pass;
 * the small least-squares problems are kept triangular by Givens rotations. At every restart the residual is
 * recomputed from scratch, and convergence is declared on that recomputed residual only. Memory: (restart + 1)
 * vectors of the system's length.
 */
final class Gmres {

    /** A real linear map out = f(x); out never aliases x. */
    @FunctionalInterface
    interface LinearMap {
        void apply(double[] x, double[] out);
    }

    /** Told after each application of A M^-1: the iterations so far and the relative residual GMRES estimates. */
    @FunctionalInterface
    interface Monitor {
        void iteration(int iterations, double relativeResidual);
    }

    /**
     * The outcome of a solve.
     *
     * @param converged whether the relative residual reached the tolerance
     * @param iterations the number of applications of A M^-1 (not counting the restarts' residual evaluations)
     * @param residual the final relative residual |b - A x| / |b|
     */
    record Result(boolean converged, int iterations, double residual) {
    }

    private final int n;
    private final int restart;
    private final int maxIterations;
    private final double[][] basis;
    private final double[][] hessenberg;
    private final double[] cosines;
    private final double[] sines;
    private final double[] g;
    private final double[] w;
    private final double[] z;

    /**
     * @param n the length of the system
     * @param restart the Krylov dimension before a restart
     * @param maxIterations the most applications of A M^-1 in one solve
     */
    Gmres(int n, int restart, int maxIterations) {
        this.n = n;
        this.restart = restart;
        this.maxIterations = maxIterations;
        this.basis = new double[restart + 1][n];
        this.hessenberg = new double[restart + 1][restart];
        this.cosines = new double[restart];
        this.sines = new double[restart];
        this.g = new double[restart + 1];
        this.w = new double[n];
        this.z = new double[n];
    }

    /**
     * Solves a x = b to |b - a x| &lt;= tolerance |b|.
     *
     * @param x the starting guess on entry, the solution on exit
     * @param monitor told of every iteration
     */
    Result solve(LinearMap a, LinearMap preconditioner, double[] b, double[] x, double tolerance, Monitor monitor) {
        double bNorm = norm(b);
        double target = tolerance * bNorm;
        double residual = residual(a, b, x, basis[0]);
        int iterations = 0;
        while (residual > target && iterations < maxIterations) {
            scale(basis[0], 1.0 / residual);
            Arrays.fill(g, 0.0);
            g[0] = residual;
            int k = 0;
            while (k < restart && iterations < maxIterations) {
                preconditioner.apply(basis[k], z);
                a.apply(z, w);
                iterations++;
                orthogonalise(k);
                boolean breakdown = hessenberg[k + 1][k] == 0.0;
                for (int i = 0; i < k; i++) {
                    rotate(i, k);
                }
                givens(k);
                k++;
                double estimate = Math.abs(g[k]);
                monitor.iteration(iterations, bNorm == 0.0 ? estimate : estimate / bNorm);
                if (estimate <= target || breakdown) {
                    break;
                }
            }
            update(preconditioner, x, k);
            residual = residual(a, b, x, basis[0]);
        }
        return new Result(residual <= target, iterations, bNorm == 0.0 ? residual : residual / bNorm);
    }

    /** Orthogonalises w against the first k + 1 basis vectors into basis[k + 1], filling column k of H. */
    private void orthogonalise(int k) {
        for (int i = 0; i <= k; i++) {
            hessenberg[i][k] = 0.0;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i <= k; i++) {
                double h = dot(w, basis[i]);
                hessenberg[i][k] += h;
                axpy(-h, basis[i], w);
            }
        }
        double h = norm(w);
        hessenberg[k + 1][k] = h;
        double[] next = basis[k + 1];
        if (h != 0.0) {
            for (int i = 0; i < n; i++) {
                next[i] = w[i] / h;
            }
        }
    }

    /** Applies the earlier rotation i to column k of H. */
    private void rotate(int i, int k) {
        double a = hessenberg[i][k];
        double b = hessenberg[i + 1][k];
        hessenberg[i][k] = cosines[i] * a + sines[i] * b;
        hessenberg[i + 1][k] = -sines[i] * a + cosines[i] * b;
    }

    /** The rotation that zeroes H(k+1, k), applied to H and to g. */
    private void givens(int k) {
        double a = hessenberg[k][k];
        double b = hessenberg[k + 1][k];
        double r = Math.hypot(a, b);
        double c = r == 0.0 ? 1.0 : a / r;
        double s = r == 0.0 ? 0.0 : b / r;
        cosines[k] = c;
        sines[k] = s;
        hessenberg[k][k] = r;
        hessenberg[k + 1][k] = 0.0;
        double gk = g[k];
        g[k] = c * gk;
        g[k + 1] = -s * gk;
    }

    /** x += M^-1 (V y) with y solving the k x k triangular least-squares system. */
    private void update(LinearMap preconditioner, double[] x, int k) {
        double[] y = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double s = g[i];
            for (int j = i + 1; j < k; j++) {
                s -= hessenberg[i][j] * y[j];
            }
            y[i] = hessenberg[i][i] == 0.0 ? 0.0 : s / hessenberg[i][i];
        }
        Arrays.fill(w, 0.0);
        for (int j = 0; j < k; j++) {
            axpy(y[j], basis[j], w);
        }
        preconditioner.apply(w, z);
        axpy(1.0, z, x);
    }

    /** r = b - a x; returns |r|. */
    private double residual(LinearMap a, double[] b, double[] x, double[] r) {
        a.apply(x, w);
        for (int i = 0; i < n; i++) {
            r[i] = b[i] - w[i];
        }
        return norm(r);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void axpy(double s, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += s * x[i];
        }
    }

    private static void scale(double[] a, double s) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= s;
        }
    }
}
