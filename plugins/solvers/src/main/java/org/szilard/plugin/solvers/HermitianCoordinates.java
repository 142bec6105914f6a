package org.szilard.plugin.solvers;

import org.szilard.api.solver.MasterEquation;

/**
 * Real coordinates of a solver state whose density matrix is Hermitian: for each row i, Re rho_ii, then Re rho_ij
 * and Im rho_ij for j > i (the upper triangle, d^2 numbers in all), followed by the bookkeeping components. That is
 * d^2 + k numbers instead of the 2 d^2 + k of the state vector y. The master equation maps Hermitian matrices to
 * Hermitian matrices, so on these coordinates it acts as a real square matrix of half the rows of its action on y.
 */
final class HermitianCoordinates {

    private final int d;
    private final int rhoLength;
    private final int extra;

    HermitianCoordinates(MasterEquation equation) {
        d = equation.hilbertDimension();
        rhoLength = 2 * d * d;
        extra = equation.dimension() - rhoLength;
        if (d < 1 || extra < 0) {
            throw new IllegalArgumentException("a state vector of length " + equation.dimension()
                    + " cannot hold a density matrix of dimension " + d);
        }
    }

    /** The number of coordinates, d^2 + k. */
    int size() {
        return d * d + extra;
    }

    /** Reads the coordinates of y (its upper triangle and bookkeeping) into c. */
    void gather(double[] y, double[] c) {
        int k = 0;
        for (int i = 0; i < d; i++) {
            c[k++] = y[2 * (i * d + i)];
            for (int j = i + 1; j < d; j++) {
                int p = 2 * (i * d + j);
                c[k++] = y[p];
                c[k++] = y[p + 1];
            }
        }
        System.arraycopy(y, rhoLength, c, k, extra);
    }

    /** Writes the state with coordinates c into y: the upper triangle, its mirror image and the bookkeeping. */
    void scatter(double[] c, double[] y) {
        int k = 0;
        for (int i = 0; i < d; i++) {
            int diagonal = 2 * (i * d + i);
            y[diagonal] = c[k++];
            y[diagonal + 1] = 0.0;
            for (int j = i + 1; j < d; j++) {
                int p = 2 * (i * d + j);
                int q = 2 * (j * d + i);
                y[p] = y[q] = c[k++];
                y[p + 1] = c[k];
                y[q + 1] = -c[k++];
            }
        }
        System.arraycopy(c, k, y, rhoLength, extra);
    }
}
