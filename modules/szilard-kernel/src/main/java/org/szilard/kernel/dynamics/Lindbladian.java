package org.szilard.kernel.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RecursiveAction;
import java.util.function.Function;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;

/**
 * A Lindblad generator, with the observables whose expectation values are the energetic currents.
 *
 * <p>drho/dt = -i (H_eff rho - rho H_eff^dag) + sum_k r_k L_k rho L_k^dag, with H_eff = H - (i/2) sum_k r_k L_k^dag
 * L_k. Since rho is Hermitian, rho H_eff^dag = (H_eff rho)^dag, and L rho L^dag is Hermitian, so only the upper
 * triangle is computed and the lower one mirrored: the derivative is Hermitian by construction. The heat current
 * from reservoir r is Tr(rho X_r) with the adjoint dissipator X_r = D_r^dag(H - mu_r N), its particle current
 * Tr(rho Y_r) with Y_r = D_r^dag(N), and the mechanical power put in is lambda'(t) Tr(rho F) with the force F set by
 * {@link #setDrive} (dH/dlambda, or the level force on a counterdiabatic segment). A counterdiabatic term H_CD joins
 * the coherent part (H_eff = H + H_CD - ...) but not the energy H the currents refer to; the rate of its cost
 * component is sqrt(Tr(rho H_CD^2)).
 *
 * <p>Every operator is held as a {@link MatrixAction}: sparse operators (a chain's Hamiltonian, local jumps, their
 * adjoint dissipators) act in O(nnz d) on the dense rho, dense ones (small systems, global baths) in O(d^3). No
 * d^2 x d^2 superoperator is ever formed, and {@link #apply} does not allocate.
 */
final class Lindbladian {

    private static final MatrixAction[] NONE = new MatrixAction[0];

    /**
     * The dimension from which one evaluation is shared among threads, by rows (below it a part would take less than
     * the hand-over costs; at d = 256 an evaluation takes about half a millisecond).
     */
    static final int PARALLEL_DIMENSION = 128;
    /** The most parts an evaluation is split into. */
    private static final int MAX_PARTS = 8;

    /** Edge of the square tiles in which the upper triangle is mirrored (keeps both sides in cache). */
    private static final int TILE = 32;

    private final int n;
    private final StateLayout layout;
    private final Function<Operator, MatrixAction> actions;
    private MatrixAction effective;
    private MatrixAction[] jumps = NONE;
    private double[] rates = new double[0];
    private final MatrixAction[] heatObservables;
    private final MatrixAction[] particleObservables;
    private MatrixAction forceObservable;
    private MatrixAction counterdiabaticSquare;
    private double controlRate;
    private double[] work = new double[0];
    /** Row bounds of the parts of one evaluation; parts beyond the first run as {@link #rowTasks}. */
    private final int[] rowBounds;
    private final RowTask[] rowTasks;
    private Operator effectiveOperator;
    private List<JumpOperator> jumpOperators = List.of();

    /** A generator that holds each operator in the storage the operator has ({@link MatrixAction#of}). */
    Lindbladian(StateLayout layout) {
        this(layout, MatrixAction::of);
    }

    /** A generator that turns operators into actions with {@code actions} (tests force one storage this way). */
    Lindbladian(StateLayout layout, Function<Operator, MatrixAction> actions) {
        this(layout, actions, layout.hilbertDimension() >= PARALLEL_DIMENSION
                ? Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors()) : 1);
    }

    /** A generator whose evaluations are split into {@code parts} row ranges, all but the first run in parallel. */
    Lindbladian(StateLayout layout, Function<Operator, MatrixAction> actions, int parts) {
        this.layout = layout;
        this.actions = actions;
        this.n = layout.hilbertDimension();
        heatObservables = new MatrixAction[layout.reservoirs()];
        particleObservables = new MatrixAction[layout.reservoirs()];
        rowBounds = balancedBounds(n, parts);
        rowTasks = new RowTask[parts - 1];
        for (int t = 1; t < parts; t++) {
            rowTasks[t - 1] = new RowTask(t);
        }
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
        set(hamiltonian, null, dissipators, chemicalPotentials, particleNumber);
    }

    /**
     * Sets the generator for a Hamiltonian H plus a counterdiabatic term H_CD (null for none): the coherent part is
     * H + H_CD, while the heat currents and the jumps (which the caller built for H) refer to H alone.
     */
    void set(Operator hamiltonian, Operator counterdiabatic, List<List<JumpOperator>> dissipators,
             double[] chemicalPotentials, Operator particleNumber) {
        Operator heff = counterdiabatic == null ? hamiltonian : hamiltonian.plus(counterdiabatic);
        counterdiabaticSquare = counterdiabatic == null ? null : actions.apply(counterdiabatic.times(counterdiabatic));
        List<JumpOperator> all = new ArrayList<>();
        dissipators.stream().filter(Objects::nonNull).forEach(all::addAll);
        jumps = new MatrixAction[all.size()];
        rates = new double[all.size()];
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
            heatObservables[r] = actions.apply(adjointDissipator(d, target));
            if (particleNumber != null) {
                particleObservables[r] = actions.apply(adjointDissipator(d, particleNumber));
            }
            for (JumpOperator j : d) {
                Operator l = j.operator();
                heff = heff.plus(l.dagger().times(l).times(0.0, -0.5 * j.rate()));
                jumps[k] = actions.apply(l);
                rates[k] = j.rate();
                k++;
            }
        }
        effective = actions.apply(heff);
        effectiveOperator = heff;
        jumpOperators = List.copyOf(all);
        ensureWork(effective);
        for (MatrixAction jump : jumps) {
            ensureWork(jump);
        }
    }

    /** H_eff = H - (i/2) sum_k r_k L_k^dag L_k, as last set by {@link #set}. */
    Operator effectiveHamiltonian() {
        return effectiveOperator;
    }

    /** Every jump operator with its rate, as last set by {@link #set}. */
    List<JumpOperator> jumps() {
        return jumpOperators;
    }

    /**
     * Makes this the closed system of {@code hamiltonian} (no jumps). The action is used, not copied: the caller
     * may rewrite its values between evaluations. Allocation free after the first call.
     */
    void setClosed(MatrixAction hamiltonian) {
        effective = hamiltonian;
        counterdiabaticSquare = null;
        jumps = NONE;
        Arrays.fill(heatObservables, null);
        Arrays.fill(particleObservables, null);
        ensureWork(hamiltonian);
    }

    /**
     * Sets the force F and lambda'(t) for the mechanical power lambda' Tr(rho F) (F = dH/dlambda, or the level force
     * on a counterdiabatic segment); a null force means no driving.
     */
    void setDrive(MatrixAction force, double rate) {
        this.forceObservable = force;
        this.controlRate = rate;
    }

    private void ensureWork(MatrixAction action) {
        if (work.length < action.workLength()) {
            work = new double[action.workLength()];
        }
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
        if (rowTasks.length == 0) {
            rows(y, yDot, work, 0, n);
        } else {
            for (RowTask task : rowTasks) {
                task.start(y, yDot);
            }
            rows(y, yDot, work, 0, rowBounds[1]);
            for (RowTask task : rowTasks) {
                task.join();
            }
        }
        yDot[layout.work()] = forceObservable == null ? 0.0 : -controlRate * forceObservable.traceWith(y);
        for (int r = 0; r < heatObservables.length; r++) {
            yDot[layout.heat(r)] = heatObservables[r] == null ? 0.0 : heatObservables[r].traceWith(y);
            yDot[layout.particles(r)] = particleObservables[r] == null ? 0.0 : particleObservables[r].traceWith(y);
        }
        yDot[layout.counterdiabaticCost()] = counterdiabaticSquare == null ? 0.0
                : Math.sqrt(Math.max(0.0, counterdiabaticSquare.traceWith(y)));
    }

    /**
     * The coherent part and the jump terms on and above the diagonal of rows from..to - 1, then their mirror images
     * below it (columns from..to - 1 there, which no other part writes).
     */
    private void rows(double[] y, double[] yDot, double[] scratch, int from, int to) {
        effective.commutatorUpper(y, yDot, scratch, from, to);
        for (int k = 0; k < jumps.length; k++) {
            jumps[k].addSandwichUpper(rates[k], y, yDot, scratch, from, to);
        }
        mirrorRows(yDot, from, to);
    }

    /**
     * Row bounds that split the upper triangle into parts of equal work (row i costs about d - i): the boundary of
     * part t of T is where the rows above hold t/T of the triangle, d (1 - sqrt(1 - t/T)).
     */
    private static int[] balancedBounds(int d, int parts) {
        int[] bounds = new int[parts + 1];
        for (int t = 1; t < parts; t++) {
            bounds[t] = (int) Math.round(d * (1.0 - Math.sqrt(1.0 - (double) t / parts)));
        }
        bounds[parts] = d;
        return bounds;
    }

    /**
     * One part of the rows of an evaluation, run in the common fork-join pool: preallocated and reinitialised per
     * evaluation, so that parallel evaluations allocate nothing.
     */
    private final class RowTask extends RecursiveAction {

        private final int part;
        private double[] scratch = new double[0];
        private double[] y;
        private double[] yDot;

        RowTask(int part) {
            this.part = part;
        }

        void start(double[] state, double[] derivative) {
            if (scratch.length < work.length) {
                scratch = new double[work.length];
            }
            y = state;
            yDot = derivative;
            reinitialize();
            fork();
        }

        @Override
        protected void compute() {
            rows(y, yDot, scratch, rowBounds[part], rowBounds[part + 1]);
        }
    }

    /**
     * For the rows from..to - 1: zeroes the imaginary part of the diagonal and sets every entry below the diagonal in
     * those columns to the conjugate of its mirror, in square tiles (which keep both sides in cache).
     */
    private void mirrorRows(double[] m, int from, int to) {
        for (int i = from; i < to; i++) {
            m[2 * (i * n + i) + 1] = 0.0;
        }
        for (int ib = from; ib < to; ib += TILE) {
            int iEnd = Math.min(to, ib + TILE);
            for (int jb = ib; jb < n; jb += TILE) {
                int jEnd = Math.min(n, jb + TILE);
                for (int i = ib; i < iEnd; i++) {
                    for (int j = Math.max(jb, i + 1); j < jEnd; j++) {
                        int ij = 2 * (i * n + j), ji = 2 * (j * n + i);
                        m[ji] = m[ij];
                        m[ji + 1] = -m[ij + 1];
                    }
                }
            }
        }
    }
}
