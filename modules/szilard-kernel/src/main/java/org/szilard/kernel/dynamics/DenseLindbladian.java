package org.szilard.kernel.dynamics;

import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;

/**
 * A Lindblad generator on dense matrices, with the observables whose expectation values are the energetic currents.
 *
 * <p>drho/dt = -i (H_eff rho - rho H_eff^dag) + sum_k r_k L_k rho L_k^dag, with H_eff = H - (i/2) sum_k r_k L_k^dag
 * L_k. Since rho is Hermitian, rho H_eff^dag = (H_eff rho)^dag, so one matrix product serves both terms and the
 * derivative is Hermitian by construction. The heat current from reservoir r is Tr(rho X_r) with the adjoint
 * dissipator X_r = D_r^dag(H - mu_r N), its particle current Tr(rho Y_r) with Y_r = D_r^dag(N), and the mechanical
 * power put in is lambda'(t) Tr(rho dH/dlambda).
 */
final class DenseLindbladian {

    private final int n;
    private final StateLayout layout;
    private final double[] effectiveHamiltonian;
    private final double[] product;
    private final double[] jumpState;
    private double[][] jumps = new double[0][];
    private double[] rates = new double[0];
    private final double[][] heatObservables;
    private final double[][] particleObservables;
    private double[] forceObservable;
    private double controlRate;
    private Operator effectiveOperator;
    private List<JumpOperator> jumpOperators = List.of();

    DenseLindbladian(StateLayout layout) {
        this.layout = layout;
        this.n = layout.hilbertDimension();
        int len = layout.rhoLength();
        effectiveHamiltonian = new double[len];
        product = new double[len];
        jumpState = new double[len];
        heatObservables = new double[layout.reservoirs()][];
        particleObservables = new double[layout.reservoirs()][];
    }

    /**
     * Sets the generator for a Hamiltonian and the jump operators of each attached reservoir.
     *
     * @param hamiltonian H
     * @param dissipators per reservoir index, its jumps, or null when the reservoir is not attached
     * @param chemicalPotentials per reservoir index, mu_r (0 for baths)
     * @param particleNumber N, or null for substances without particles
     */
    void set(Operator hamiltonian, List<List<JumpOperator>> dissipators, double[] chemicalPotentials,
             Operator particleNumber) {
        Operator heff = hamiltonian;
        int count = 0;
        for (List<JumpOperator> d : dissipators) {
            count += d == null ? 0 : d.size();
        }
        if (jumps.length != count) {
            jumps = new double[count][];
            rates = new double[count];
        }
        int k = 0;
        for (int r = 0; r < dissipators.size(); r++) {
            List<JumpOperator> d = dissipators.get(r);
            heatObservables[r] = null;
            particleObservables[r] = null;
            if (d == null || d.isEmpty()) {
                continue;
            }
            Operator target = particleNumber == null ? hamiltonian
                    : hamiltonian.minus(particleNumber.times(chemicalPotentials[r]));
            heatObservables[r] = adjointDissipator(d, target).toInterleaved();
            if (particleNumber != null) {
                particleObservables[r] = adjointDissipator(d, particleNumber).toInterleaved();
            }
            for (JumpOperator j : d) {
                Operator l = j.operator();
                heff = heff.plus(l.dagger().times(l).times(0.0, -0.5 * j.rate()));
                jumps[k] = l.toInterleaved();
                rates[k] = j.rate();
                k++;
            }
        }
        heff.copyInto(effectiveHamiltonian, 0);
        effectiveOperator = heff;
        List<JumpOperator> all = new java.util.ArrayList<>();
        dissipators.stream().filter(java.util.Objects::nonNull).forEach(all::addAll);
        jumpOperators = List.copyOf(all);
    }

    /** H_eff = H - (i/2) sum_k r_k L_k^dag L_k, as last set by {@link #set}. */
    Operator effectiveHamiltonian() {
        return effectiveOperator;
    }

    /** Every jump operator with its rate, as last set by {@link #set}. */
    List<JumpOperator> jumps() {
        return jumpOperators;
    }

    /** Sets the Hamiltonian of a closed system in place (no jumps), without allocating. */
    void setClosed(double[] hamiltonian) {
        System.arraycopy(hamiltonian, 0, effectiveHamiltonian, 0, effectiveHamiltonian.length);
        if (jumps.length != 0) {
            jumps = new double[0][];
            rates = new double[0];
        }
        java.util.Arrays.fill(heatObservables, null);
        java.util.Arrays.fill(particleObservables, null);
    }

    /** Sets dH/dlambda and lambda'(t), for the mechanical power; a null force means no driving. */
    void setDrive(double[] force, double rate) {
        this.forceObservable = force;
        this.controlRate = rate;
    }

    /** D^dag(A) = sum_k r_k (L^dag A L - 1/2 {L^dag L, A}). */
    private static Operator adjointDissipator(List<JumpOperator> jumps, Operator a) {
        Operator sum = Operator.zero(a.dimension());
        for (JumpOperator j : jumps) {
            Operator l = j.operator();
            Operator ld = l.dagger();
            Operator ldl = ld.times(l);
            Operator term = ld.times(a).times(l).minus(ldl.times(a).plus(a.times(ldl)).times(0.5));
            sum = sum.plus(term.times(j.rate()));
        }
        return sum;
    }

    /**
     * Writes dy/dt for the state in y: the density matrix and the bookkeeping components. The derivative is
     * Hermitian to the last bit (each entry below the diagonal is the conjugate of the one above), so a Hermitian
     * state stays exactly Hermitian under any Runge-Kutta update; without that, rounding would seed an
     * anti-Hermitian part that the jump terms amplify and that spoils the trace.
     */
    void apply(double[] y, double[] yDot) {
        ComplexDense.mult(effectiveHamiltonian, y, 0, product, n);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                int ij = 2 * (i * n + j), ji = 2 * (j * n + i);
                double ar = product[ij] - product[ji];
                double ai = product[ij + 1] + product[ji + 1];
                yDot[ij] = ai;
                yDot[ij + 1] = -ar;
            }
        }
        for (int k = 0; k < jumps.length; k++) {
            ComplexDense.mult(jumps[k], y, 0, jumpState, n);
            ComplexDense.addMultConjTransBUpper(rates[k], jumpState, jumps[k], yDot, n);
        }
        for (int i = 0; i < n; i++) {
            yDot[2 * (i * n + i) + 1] = 0.0;
            for (int j = i + 1; j < n; j++) {
                int ij = 2 * (i * n + j), ji = 2 * (j * n + i);
                yDot[ji] = yDot[ij];
                yDot[ji + 1] = -yDot[ij + 1];
            }
        }
        yDot[layout.work()] = forceObservable == null ? 0.0
                : -controlRate * ComplexDense.traceOfProduct(y, 0, forceObservable, n);
        for (int r = 0; r < heatObservables.length; r++) {
            yDot[layout.heat(r)] = heatObservables[r] == null ? 0.0
                    : ComplexDense.traceOfProduct(y, 0, heatObservables[r], n);
            yDot[layout.particles(r)] = particleObservables[r] == null ? 0.0
                    : ComplexDense.traceOfProduct(y, 0, particleObservables[r], n);
        }
    }
}
