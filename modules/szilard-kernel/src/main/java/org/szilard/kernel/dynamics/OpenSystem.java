package org.szilard.kernel.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.scenario.ConfigurationException;

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

    /** The master equation of one segment (time s from the segment start), in the substance's basis. */
    public MasterEquation equation(Segment segment) {
        return equation(segment, false);
    }

    /**
     * The master equation of one segment; with {@code energyFrame}, a segment at a constant control whose attached
     * reservoirs all offer their jumps in the energy eigenbasis is written in that basis (see {@link #frame}).
     */
    public MasterEquation equation(Segment segment, boolean energyFrame) {
        boolean[] attached = new boolean[reservoirs.size()];
        for (int r = 0; r < attached.length; r++) {
            attached[r] = segment.reservoirs().contains(reservoirNames.get(r));
        }
        return new SegmentEquation(segment, attached, energyFrame);
    }

    /**
     * The energy frame an equation of this system is written in: the caller turns the state into it before
     * propagating and back after. Empty for equations in the substance's basis.
     */
    public Optional<EnergyFrame> frame(MasterEquation equation) {
        return equation instanceof SegmentEquation e ? Optional.ofNullable(e.frame) : Optional.empty();
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

    private static boolean isDiagonal(Operator operator) {
        boolean[] diagonal = {true};
        operator.forEachNonZero((i, j, re, im) -> diagonal[0] &= i == j);
        return diagonal[0];
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
     *
     * <p>A counterdiabatic segment (moving control) is always rebuilt: each evaluation diagonalises H(lambda(s)) and
     * adds H_CD = lambda' A ({@link GaugePotential}) to the coherent part, O(d^3) work that suits d up to a few dozen.
     * Jumps and energy stay those of H. The power booked is dE/dt less the heat currents Tr(H D_r(rho)) (the currents
     * for which Spohn's inequality holds with Davies dissipators of H): lambda' Tr(rho F) with the level force F, so
     * the first law closes with E = Tr(rho H). Over a closed segment this is the integral of Tr(rho dH_tot/dt),
     * H_tot = H + H_CD, plus the work lambda' Tr(rho A) of switching H_CD on at the start, less that of switching it
     * off at the end: zero for a sine ramp, and for a linear one the sudden switches booked as quench work. Where
     * lambda' = 0, A is not computed. The cost component integrates sqrt(Tr(rho H_CD^2)).
     */
    private final class SegmentEquation implements MasterEquation {

        private final Segment segment;
        private final Control control;
        private final boolean[] attached;
        private final boolean counterdiabatic;
        private final Lindbladian generator = new Lindbladian(layout);
        private final MatrixAction constantPart;
        private final MatrixAction slope;
        private final MatrixAction hamiltonian;
        /** The jumps per reservoir of a constant control, built on first use (in the frame, if any). */
        private List<List<JumpOperator>> constantJumps;
        /** The energy frame of a constant segment integrated there, else null. */
        private EnergyFrame frame;
        /** H in the frame (diagonal), when there is one. */
        private Operator framedHamiltonian;

        SegmentEquation(Segment segment, boolean[] attached, boolean energyFrame) {
            this.segment = segment;
            this.control = segment.control();
            this.attached = attached.clone();
            this.counterdiabatic = segment.counterdiabatic() && !control.isConstant();
            var affine = substance.affine();
            boolean inPlace = !control.isConstant() && !any(attached) && affine.isPresent() && !counterdiabatic;
            MatrixAction[] parts = inPlace
                    ? MatrixAction.onCommonPattern(affine.get().constant(), affine.get().slope()) : null;
            constantPart = inPlace ? parts[0] : null;
            slope = inPlace ? parts[1] : null;
            hamiltonian = inPlace ? parts[0].copy() : null;
            if (control.isConstant() && !(energyFrame && !counterdiabatic && any(attached)
                    && enterEnergyFrame(control.value(0.0)))) {
                rebuild(control.value(0.0), 0.0);
            }
        }

        /**
         * Sets the generator in the energy eigenbasis of H(lambda) when every attached reservoir offers its jumps
         * there: H becomes diagonal, the jumps sparse, the particle number V^dag N V. Returns whether it did. Not
         * when H is diagonal already: the frame would only permute the basis, at the cost of two changes of basis
         * per step the listener sees.
         */
        private boolean enterEnergyFrame(double lambda) {
            InstantaneousSnapshot snapshot = InstantaneousSnapshot.of(substance, lambda, math);
            if (isDiagonal(snapshot.hamiltonian())) {
                return false;
            }
            List<List<JumpOperator>> perReservoir = new ArrayList<>(attached.length);
            for (int r = 0; r < attached.length; r++) {
                var jumps = attached[r] ? reservoirs.get(r).energyBasisJumpOperators(snapshot)
                        : Optional.of(List.<JumpOperator>of());
                if (jumps.isEmpty()) {
                    return false;
                }
                perReservoir.add(List.copyOf(jumps.get()));
            }
            Spectrum spectrum = snapshot.spectrum();
            framedHamiltonian = Operator.diagonal(spectrum.energies());
            Operator number = particleNumber == null ? null : spectrum.toEigenbasis(particleNumber);
            constantJumps = List.copyOf(perReservoir);
            generator.set(framedHamiltonian, null, constantJumps, chemicalPotentials, number);
            generator.setDrive(null, 0.0);
            frame = new EnergyFrame(spectrum);
            return true;
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
            if (frame != null) {
                return framedHamiltonian;
            }
            double lambda = control.value(s);
            double rate = control.rate(s);
            if (!counterdiabatic || rate == 0.0) {
                return substance.hamiltonian(lambda);
            }
            InstantaneousSnapshot snapshot = InstantaneousSnapshot.of(substance, lambda, math);
            Operator potential = gauge(snapshot, substance.hamiltonianDerivative(lambda)).potential();
            return snapshot.hamiltonian().plus(potential.times(rate));
        }

        @Override
        public double chemicalPotential(int reservoir) {
            return chemicalPotentials[reservoir];
        }

        @Override
        public boolean isCounterdiabatic() {
            return counterdiabatic;
        }

        @Override
        public List<List<JumpOperator>> jumps(double s) {
            if (control.isConstant() && constantJumps != null) {
                return constantJumps;
            }
            InstantaneousSnapshot snapshot = InstantaneousSnapshot.of(substance, control.value(s), math);
            List<List<JumpOperator>> perReservoir = new ArrayList<>(attached.length);
            for (int r = 0; r < attached.length; r++) {
                perReservoir.add(attached[r] ? List.copyOf(reservoirs.get(r).jumpOperators(snapshot)) : List.of());
            }
            List<List<JumpOperator>> result = List.copyOf(perReservoir);
            if (control.isConstant()) {
                constantJumps = result;
            }
            return result;
        }

        @Override
        public void derivatives(double s, double[] y, double[] yDot) {
            if (!control.isConstant()) {
                if (slope != null) {
                    hamiltonian.setCombination(constantPart, control.value(s), slope);
                    generator.setClosed(hamiltonian);
                    generator.setDrive(slope, control.rate(s));
                } else {
                    rebuild(control.value(s), control.rate(s));
                }
            }
            generator.apply(y, yDot);
        }

        /** Sets the generator at one control value and rate: H, the counterdiabatic term, the jumps, the force. */
        private void rebuild(double lambda, double rate) {
            InstantaneousSnapshot snapshot = InstantaneousSnapshot.of(substance, lambda, math);
            List<List<JumpOperator>> dissipators = new ArrayList<>(attached.length);
            for (int r = 0; r < attached.length; r++) {
                dissipators.add(attached[r] ? reservoirs.get(r).jumpOperators(snapshot) : null);
            }
            Operator counterdiabaticTerm = null;
            MatrixAction force = null;
            if (!control.isConstant()) {
                Operator derivative = substance.hamiltonianDerivative(lambda);
                if (counterdiabatic && rate != 0.0) {
                    GaugePotential gauge = gauge(snapshot, derivative);
                    counterdiabaticTerm = gauge.potential().times(rate);
                    derivative = gauge.levelForce();
                }
                force = MatrixAction.of(derivative);
            }
            generator.set(snapshot.hamiltonian(), counterdiabaticTerm, dissipators, chemicalPotentials, particleNumber);
            generator.setDrive(force, rate);
        }

        /** The gauge potential at the snapshot's control value; a scenario error where it is not defined. */
        private GaugePotential gauge(InstantaneousSnapshot snapshot, Operator derivative) {
            try {
                return GaugePotential.of(snapshot.spectrum(), derivative);
            } catch (GaugePotential.UndefinedException e) {
                throw new ConfigurationException("protocol", "", "the counterdiabatic stroke '" + segment.stroke()
                        + "' reaches lambda = " + snapshot.lambda() + ", where " + e.getMessage() + "; choose a path"
                        + " that keeps these levels apart, or run the stroke without the counterdiabatic term");
            }
        }
    }
}
