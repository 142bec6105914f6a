package org.szilard.kernel.dynamics;

import org.szilard.api.operator.Operator;
import org.szilard.api.operator.Spectrum;

/**
 * The adiabatic gauge potential of H(lambda) at one control value, from its eigen-decomposition H = sum_n E_n |n><n|:
 * A = i sum_{m != n} |m><m| dH/dlambda |n><n| / (E_n - E_m) (Berry 2009), so that the counterdiabatic Hamiltonian
 * H + lambda'(t) A carries every eigenstate |n(lambda)> along the path exactly, whatever the speed. A is Hermitian and
 * independent of the phases (and, for degenerate levels, of the basis) the eigensolver picks.
 *
 * <p>Degenerate levels (closer than {@link #DEGENERACY} times the largest |E|) form one group; the terms between
 * levels of one group are left out. Over a stretch where a group stays degenerate, dH/dlambda restricted to it is a
 * multiple of the identity (its eigenvalues are the slopes of the levels), and leaving those terms out is exact. When
 * it is not (the levels cross here, or an avoided crossing is narrower than the resolution), A is not defined by H
 * and dH/dlambda alone and {@link #of} throws {@link UndefinedException}.
 *
 * <p>Also returned: the level force F = sum_a P_a dH/dlambda P_a (P_a the projector on group a), whose expectation
 * value sum_n p_n dE_n/dlambda is the power per unit lambda' put in while the eigenbasis is followed
 * (i[A, H] = F - dH/dlambda, see {@link OpenSystem}).
 *
 * <p>Cost: one product into the eigenbasis and two back, O(d^3) dense, on top of the diagonalisation.
 *
 * @param potential A, in the original basis
 * @param levelForce F, in the original basis
 */
record GaugePotential(Operator potential, Operator levelForce) {

    /** Levels closer than this, relative to the largest |E|, are one degenerate group. */
    static final double DEGENERACY = 1e-9;

    /** Entries of dH/dlambda inside a group (less its mean slope) above this, relative to its largest entry, couple. */
    static final double COUPLING = 1e-8;

    /** A and F for the spectrum of H and dH/dlambda at the same control value. */
    static GaugePotential of(Spectrum spectrum, Operator derivative) {
        int d = spectrum.dimension();
        double[] e = spectrum.energies();
        Operator f = spectrum.toEigenbasis(derivative);
        int[] group = groups(e);
        checkGroups(e, group, f);
        Operator.Builder a = Operator.builder(d);
        Operator.Builder force = Operator.builder(d);
        for (int m = 0; m < d; m++) {
            for (int n = 0; n < d; n++) {
                double re = f.re(m, n), im = f.im(m, n);
                if (re == 0.0 && im == 0.0) {
                    continue;
                }
                if (group[m] == group[n]) {
                    force.add(m, n, re, im);
                } else {
                    // i (re + i im) / (E_n - E_m)
                    double gap = e[n] - e[m];
                    a.add(m, n, -im / gap, re / gap);
                }
            }
        }
        return new GaugePotential(spectrum.fromEigenbasis(a.build()), spectrum.fromEigenbasis(force.build()));
    }

    /** The degenerate group of each level: consecutive levels closer than the tolerance share one. */
    private static int[] groups(double[] e) {
        int d = e.length;
        double tolerance = DEGENERACY * Math.max(Math.abs(e[0]), Math.abs(e[d - 1]));
        int[] group = new int[d];
        for (int k = 1; k < d; k++) {
            group[k] = e[k] - e[k - 1] <= tolerance ? group[k - 1] : group[k - 1] + 1;
        }
        return group;
    }

    /** Throws unless dH/dlambda is a multiple of the identity on every degenerate group (f in the eigenbasis). */
    private static void checkGroups(double[] e, int[] group, Operator f) {
        double tolerance = COUPLING * f.maxAbs();
        int start = 0;
        while (start < e.length) {
            int end = start + 1;
            while (end < e.length && group[end] == group[start]) {
                end++;
            }
            double slope = 0.0;
            for (int k = start; k < end; k++) {
                slope += f.re(k, k) / (end - start);
            }
            for (int m = start; m < end; m++) {
                for (int n = start; n < end; n++) {
                    double deviation = Math.hypot(f.re(m, n) - (m == n ? slope : 0.0), f.im(m, n));
                    if (deviation > tolerance) {
                        throw new UndefinedException("the levels " + start + " to " + (end - 1) + " (E = " + e[start]
                                + " to " + e[end - 1] + ") are degenerate within a relative " + DEGENERACY
                                + " and dH/dlambda couples them (by " + deviation + "): a level crossing, or an avoided"
                                + " crossing narrower than the numerical resolution, where the adiabatic gauge"
                                + " potential is not defined");
                    }
                }
            }
            start = end;
        }
    }

    /** The gauge potential is not defined at this control value (a degenerate group that dH/dlambda splits). */
    static final class UndefinedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UndefinedException(String message) {
            super(message);
        }
    }
}
