package org.szilard.kernel.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.szilard.api.analyzer.ClosedProcess;
import org.szilard.api.operator.Operator;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.kernel.dynamics.OpenSystem;
import org.szilard.kernel.dynamics.StateLayout;

/**
 * The kernel's {@link ClosedProcess}: runs the segment equations with the scenario's solver on a fresh state vector
 * (bookkeeping slots zeroed per segment and ignored), without analyzers, time series or checks. A jump of the control
 * between segments leaves the state as it is, as in the engine.
 */
final class ClosedPropagation implements ClosedProcess {

    private final OpenSystem system;
    private final Solver solver;
    private final List<Segment> segments;
    private final List<MasterEquation> equations;

    private ClosedPropagation(OpenSystem system, Solver solver, List<Segment> segments, List<MasterEquation> equations) {
        this.system = system;
        this.solver = solver;
        this.segments = List.copyOf(segments);
        this.equations = equations;
    }

    /**
     * The closed process of a schedule, reusing the engine's segment equations; empty unless the schedule is once
     * through, not steady, attaches no reservoir and has no counterdiabatic stroke with a moving control.
     */
    static Optional<ClosedProcess> of(Schedule schedule, OpenSystem system, Solver solver,
                                      List<MasterEquation> equations) {
        if (schedule.cyclic() || schedule.steady()) {
            return Optional.empty();
        }
        for (Segment segment : schedule.segments()) {
            if (!segment.reservoirs().isEmpty() || segment.counterdiabatic() && !segment.control().isConstant()) {
                return Optional.empty();
            }
        }
        return Optional.of(new ClosedPropagation(system, solver, schedule.segments(), equations));
    }

    @Override
    public double initialControl() {
        return segments.get(0).control().value(0.0);
    }

    @Override
    public double finalControl() {
        Segment last = segments.get(segments.size() - 1);
        return last.control().value(last.duration());
    }

    @Override
    public Operator evolve(Operator rho0) {
        StateLayout layout = system.layout();
        double[] y = new double[layout.size()];
        rho0.copyInto(y, 0);
        for (int i = 0; i < segments.size(); i++) {
            Arrays.fill(y, layout.rhoLength(), layout.size(), 0.0);
            solver.propagate(equations.get(i), segments.get(i).duration(), y, (s, state) -> { });
        }
        return Operator.wrap(layout.hilbertDimension(), Arrays.copyOf(y, layout.rhoLength()));
    }

    @Override
    public ClosedProcess reverse() {
        List<Segment> reversed = new ArrayList<>(segments.size());
        List<MasterEquation> reversedEquations = new ArrayList<>(segments.size());
        for (int i = segments.size() - 1; i >= 0; i--) {
            Segment segment = segments.get(i);
            Segment back = new Segment(segment.stroke(), segment.duration(),
                    backwards(segment.control(), segment.duration()), segment.reservoirs(), false);
            reversed.add(back);
            reversedEquations.add(system.equation(back));
        }
        return new ClosedPropagation(system, solver, reversed, reversedEquations);
    }

    /** lambda_R(s) = lambda(duration - s). */
    private static Control backwards(Control control, double duration) {
        if (control.isConstant()) {
            return Control.constant(control.value(duration));
        }
        return new Control() {
            @Override
            public double value(double s) {
                return control.value(duration - s);
            }

            @Override
            public double rate(double s) {
                return -control.rate(duration - s);
            }

            @Override
            public boolean isConstant() {
                return false;
            }

            @Override
            public String toString() {
                return "reversed " + control;
            }
        };
    }
}
