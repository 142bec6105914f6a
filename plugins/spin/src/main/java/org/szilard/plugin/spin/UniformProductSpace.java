package org.szilard.plugin.spin;

import org.szilard.api.operator.Operator;

/**
 * The Hilbert space of {@code sites} identical subsystems of dimension {@code siteDimension} in Kronecker order
 * (site 0 is the slowest index). Embeds products of operators acting on a few sites, with identities on the rest,
 * straight into an {@link Operator.Builder}: the work is the dimension times the non-zero entries per column of
 * the factors, and no operator of the full space is ever multiplied.
 */
final class UniformProductSpace {

    private final int siteDimension;
    private final int dimension;
    private final int[] stride;

    /**
     * @param siteDimension the dimension of one site
     * @param sites the number of sites
     * @throws ArithmeticException when siteDimension^sites does not fit an int
     */
    UniformProductSpace(int siteDimension, int sites) {
        this.siteDimension = siteDimension;
        this.stride = new int[sites];
        int s = 1;
        for (int k = sites - 1; k >= 0; k--) {
            stride[k] = s;
            s = Math.multiplyExact(s, siteDimension);
        }
        this.dimension = s;
    }

    int dimension() {
        return dimension;
    }

    /** The operator {@code local} on one site, identities elsewhere. */
    Operator embed(Operator local, int site) {
        Operator.Builder b = Operator.builder(dimension);
        add(b, 1.0, new int[] {site}, local);
        return b.build();
    }

    /**
     * Adds coefficient * (factors[0] on sites[0]) (factors[1] on sites[1]) ... to {@code target}; the sites must be
     * distinct.
     */
    void add(Operator.Builder target, double coefficient, int[] sites, Operator... factors) {
        for (int column = 0; column < dimension; column++) {
            addColumn(target, column, sites, factors, 0, 0, coefficient, 0.0);
        }
    }

    /** Expands one column of the product factor by factor; {@code shift} is the row offset collected so far. */
    private void addColumn(Operator.Builder target, int column, int[] sites, Operator[] factors, int k, int shift,
                           double re, double im) {
        if (k == sites.length) {
            target.add(column + shift, column, re, im);
            return;
        }
        int siteStride = stride[sites[k]];
        int c = column / siteStride % siteDimension;
        Operator factor = factors[k];
        for (int r = 0; r < siteDimension; r++) {
            double fr = factor.re(r, c), fi = factor.im(r, c);
            if (fr != 0.0 || fi != 0.0) {
                addColumn(target, column, sites, factors, k + 1, shift + (r - c) * siteStride,
                        re * fr - im * fi, re * fi + im * fr);
            }
        }
    }
}
