package org.szilard.kernel.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.substance.WorkingSubstance;

/**
 * The working substance with its reservoirs: builds the master equation of each protocol segment.
 */
public final class OpenSystem {

    private final WorkingSubstance substance;
    private final List<String> reservoirNames;
    private final List<Reservoir> reservoirs;
    private final double[] chemicalPotentials;
    private final Operator particleNumber;
    private final QuantumMath math;
    private final StateLayout layout;

    public OpenSystem(WorkingSubstance substance, Map<String, Reservoir> reservoirs, QuantumMath math) {
        this.substance = substance;
        this.reservoirNames = List.copyOf(reservoirs.keySet());
        this.reservoirs = List.copyOf(reservoirs.values());
        this.chemicalPotentials = this.reservoirs.stream().mapToDouble(Reservoir::chemicalPotential).toArray();
        this.particleNumber = substance.particleNumber().orElse(null);
        this.math = math;
        this.layout = new StateLayout(substance.dimension(), reservoirs.size());
    }

    /** The layout of the solver state vector. */
    public StateLayout layout() {
        return layout;
    }

    /** The reservoir names in layout order. */
    public List<String> reservoirNames() {
        return reservoirNames;
    }

    /** The master equation of one segment (time s from the segment start). */
    public MasterEquation equation(Segment segment) {
        boolean[] attached = new boolean[reservoirs.size()];
        for (int r = 0; r < attached.length; r++) {
            attached[r] = segment.reservoirs().contains(reservoirNames.get(r));
        }
        return new SegmentEquation(segment.control(), attached);
    }

    /**
     * The generator of a segment with a constant control, for steady-state solvers: the equation (whose bookkeeping
     * derivatives are the currents), the effective Hamiltonian and the jump operators.
     */
    public ConstantGenerator constantGenerator(Segment segment) {
        if (!segment.control().isConstant()) {
            throw new IllegalArgumentException("the control of '" + segment.stroke() + "' is not constant");
        }
        SegmentEquation equation = (SegmentEquation) equation(segment);
        return new ConstantGenerator(equation, equation.generator.effectiveHamiltonian(), equation.generator.jumps());
    }

    /** The generator at one control value with the given reservoirs attached. */
    private void configure(Lindbladian generator, double lambda, boolean[] attached) {
        boolean open = any(attached);
        InstantaneousSnapshot snapshot = open ? InstantaneousSnapshot.of(substance, lambda, math) : null;
        Operator h = open ? snapshot.hamiltonian() : substance.hamiltonian(lambda);
        List<List<JumpOperator>> dissipators = new ArrayList<>(attached.length);
        for (int r = 0; r < attached.length; r++) {
            dissipators.add(attached[r] ? reservoirs.get(r).jumpOperators(snapshot) : null);
        }
        generator.set(h, dissipators, chemicalPotentials, particleNumber);
    }

    private static boolean any(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    /**
     * One segment's equation. A constant control builds the generator once. A moving control with no reservoir
     * attached updates H(lambda(s)) in place when the substance is affine in lambda (on the union of the sparsity
     * patterns of H0 and H1 when both are sparse, without allocating); otherwise (a non-affine
     * substance, or reservoirs attached while H changes: the adiabatic master equation) the generator is rebuilt
     * at every evaluation, following the instantaneous eigenbasis.
     */
    private final class SegmentEquation implements MasterEquation {

        private final Control control;
        private final boolean[] attached;
        private final Lindbladian generator = new Lindbladian(layout);
        private final MatrixAction constantPart;
        private final MatrixAction slope;
        private final MatrixAction hamiltonian;

        SegmentEquation(Control control, boolean[] attached) {
            this.control = control;
            this.attached = attached.clone();
            var affine = substance.affine();
            boolean inPlace = !control.isConstant() && !any(attached) && affine.isPresent();
            MatrixAction[] parts = inPlace
                    ? MatrixAction.onCommonPattern(affine.get().constant(), affine.get().slope()) : null;
            constantPart = inPlace ? parts[0] : null;
            slope = inPlace ? parts[1] : null;
            hamiltonian = inPlace ? parts[0].copy() : null;
            if (control.isConstant()) {
                configure(generator, control.value(0.0), attached);
            }
        }

        @Override
        public int dimension() {
            return layout.size();
        }

        @Override
        public int hilbertDimension() {
            return layout.hilbertDimension();
        }

        @Override
        public boolean isTimeIndependent() {
            return control.isConstant();
        }

        @Override
        public boolean isClosed() {
            return !any(attached);
        }

        @Override
        public Operator hamiltonian(double s) {
            return substance.hamiltonian(control.value(s));
        }

        @Override
        public void derivatives(double s, double[] y, double[] yDot) {
            if (!control.isConstant()) {
                double lambda = control.value(s);
                if (slope != null) {
                    hamiltonian.setCombination(constantPart, lambda, slope);
                    generator.setClosed(hamiltonian);
                    generator.setDrive(slope, control.rate(s));
                } else {
                    configure(generator, lambda, attached);
                    generator.setDrive(MatrixAction.of(substance.hamiltonianDerivative(lambda)), control.rate(s));
                }
            }
            generator.apply(y, yDot);
        }
    }
}
