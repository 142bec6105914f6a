package org.szilard.kernel.engine;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.Interval;
import org.szilard.api.analyzer.Observation;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.analyzer.StateRecord;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.MasterEquation;
import org.szilard.kernel.dynamics.ConstantGenerator;
import org.szilard.kernel.dynamics.OpenSystem;
import org.szilard.kernel.dynamics.StateLayout;
import org.szilard.kernel.steady.SteadyStateException;
import org.szilard.kernel.steady.SteadyStateSolver;

/**
 * Runs a schedule: propagates the state segment by segment with the solver, collects work and heat, repeats a
 * cyclic schedule until the state at the start of a cycle stops changing (the limit cycle), checks the state, and
 * hands the analyzers what they report. A steady schedule skips the time stepping and reports the rates in the
 * steady state instead. Memory does not grow with the number of cycles: only the current cycle's start state and
 * running totals are kept.
 */
final class Engine implements Simulation {

    private final Machine machine;
    private final OpenSystem system;
    private final QuantumMath math;
    private final StateChecks checks;

    @Inject
    Engine(Machine machine, OpenSystem system, QuantumMath math, StateChecks checks) {
        this.machine = machine;
        this.system = system;
        this.math = math;
        this.checks = checks;
    }

    @Override
    public RunResult run(ProgressListener progress) {
        long started = System.nanoTime();
        Schedule schedule = machine.schedule();
        if (schedule.steady()) {
            return runSteady(started, schedule, progress);
        }
        StateLayout layout = system.layout();
        List<Segment> segments = schedule.segments();
        List<MasterEquation> equations = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            equations.add(system.equation(segment));
        }
        double[] mu = machine.reservoirs().values().stream().mapToDouble(Reservoir::chemicalPotential).toArray();
        Ledger whole = new Ledger(system.reservoirNames(), mu);
        Ledger cycle = new Ledger(system.reservoirNames(), mu);
        double[] y = new double[layout.size()];
        Operator initial = machine.initialState();
        initial.plus(initial.dagger()).times(0.5).copyInto(y, 0);

        int cycleLimit = !schedule.cyclic() ? 1
                : schedule.exactCycles() > 0 ? schedule.exactCycles() : schedule.maxCycles();
        List<String> warnings = new ArrayList<>();
        PopulationWatcher watcher = new PopulationWatcher(machine.substance().watches(), layout.hilbertDimension());
        watcher.observe(0.0, y);
        StepObserver observer = new StepObserver(layout.hilbertDimension(), watcher);
        Operator cycleStart = initial;
        double cycleStartTime = 0.0;
        double time = 0.0;
        double lambda = schedule.initialControl();
        double cycleStartLambda = lambda;
        double lastChange = Double.NaN;
        boolean converged = !schedule.cyclic();
        int cycles = 0;
        while (cycles < cycleLimit) {
            cycles++;
            cycle.reset();
            if (cycles > 1) {
                cycleStart = rho(y, layout);
                cycleStartTime = time;
                cycleStartLambda = lambda;
            }
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                double lambdaStart = segment.control().value(0.0);
                if (lambdaStart != lambda) {
                    cycle.addWork(-quenchWork(y, layout, lambda, lambdaStart));
                }
                Arrays.fill(y, layout.rhoLength(), layout.size(), 0.0);
                observer.enter(time, cycles, segment);
                machine.solver().propagate(equations.get(i), segment.duration(), y, observer);
                cycle.addSegment(y, layout);
                time += segment.duration();
                lambda = segment.control().value(segment.duration());
            }
            whole.add(cycle);
            Operator end = rho(y, layout);
            checks.checkState(end, time);
            if (schedule.cyclic()) {
                lastChange = math.traceDistance(end, cycleStart);
                boolean settled = lastChange < schedule.cycleTolerance();
                converged = settled;
                progress.progress((double) cycles / cycleLimit, "cycle " + cycles + (schedule.exactCycles() > 0
                        ? " of " + cycleLimit : " (at most " + cycleLimit + ")"));
                if (settled && schedule.exactCycles() == 0) {
                    break;
                }
            }
        }
        warnings.addAll(watcher.warnings());
        if (schedule.cyclic() && !converged) {
            warnings.add("the limit cycle was not reached after " + cycles + " cycles: the state at the start of the "
                    + "last cycle changed by " + lastChange + " in trace distance (tolerance "
                    + schedule.cycleTolerance() + "); cycle quantities are those of the last cycle run");
        }
        StateRecord runStart = record(0.0, schedule.initialControl(), initial);
        StateRecord runEnd = record(time, lambda, rho(y, layout));
        Interval wholeInterval = whole.interval(runStart, runEnd);
        Interval reported = schedule.cyclic()
                ? cycle.interval(record(cycleStartTime, cycleStartLambda, cycleStart), runEnd) : wholeInterval;
        checks.checkFirstLaw(wholeInterval);
        checks.checkFirstLaw(reported);

        RunRecord record = new RunRecord(schedule.cyclic(), schedule.steady(), cycles, converged, wholeInterval, reported,
                machine.reservoirs(), machine.substance(), math);
        Map<String, ResultBlock> blocks = finish(record, warnings);
        double wall = (System.nanoTime() - started) * 1e-9;
        progress.progress(1.0, "done");
        return new RunResult(machine.name(), cycles, converged, time, wall, blocks, warnings);
    }

    /**
     * Goes straight to the steady state of the single segment's generator, without time stepping (and ignoring the
     * initial state). The reported interval is one unit of time in the steady state: its start and end are rho_ss at
     * times 0 and 1, and its work and heat are the rates (extracted power, heat and particle currents) read from the
     * bookkeeping derivatives of the master equation at rho_ss, so the first-law check asks that the energy currents
     * cancel. No time is simulated: the result reports one cycle, converged, and simulated time 0. Analyzers observe
     * no steps.
     */
    private RunResult runSteady(long started, Schedule schedule, ProgressListener progress) {
        StateLayout layout = system.layout();
        ConstantGenerator generator = system.constantGenerator(schedule.segments().get(0));
        progress.progress(0.0, "solving for the steady state");
        Operator steady;
        try {
            steady = new SteadyStateSolver(math).solve(generator);
        } catch (SteadyStateException e) {
            throw new NumericalCheckException(e.getMessage());
        }
        checks.checkState(steady, 0.0);
        double[] y = new double[layout.size()];
        steady.copyInto(y, 0);
        double[] rates = new double[layout.size()];
        generator.equation().derivatives(0.0, y, rates);
        double[] mu = machine.reservoirs().values().stream().mapToDouble(Reservoir::chemicalPotential).toArray();
        Ledger ledger = new Ledger(system.reservoirNames(), mu);
        ledger.addSegment(rates, layout);
        double lambda = schedule.initialControl();
        Interval unit = ledger.interval(record(0.0, lambda, steady), record(1.0, lambda, steady));
        checks.checkFirstLaw(unit);

        RunRecord record = new RunRecord(false, true, 1, true, unit, unit, machine.reservoirs(), machine.substance(),
                math);
        PopulationWatcher watcher = new PopulationWatcher(machine.substance().watches(), layout.hilbertDimension());
        watcher.observe(0.0, y);
        List<String> warnings = new ArrayList<>(watcher.warnings());
        Map<String, ResultBlock> blocks = finish(record, warnings);
        double wall = (System.nanoTime() - started) * 1e-9;
        progress.progress(1.0, "done");
        return new RunResult(machine.name(), 1, true, 0.0, wall, blocks, warnings);
    }

    /** Each analyzer's result block, by type id; their warnings are added to {@code warnings}. */
    private Map<String, ResultBlock> finish(RunRecord record, List<String> warnings) {
        Map<String, ResultBlock> blocks = new LinkedHashMap<>();
        for (Map.Entry<String, Analyzer> entry : machine.analyzers().entrySet()) {
            ResultBlock block = entry.getValue().finish(record);
            blocks.put(entry.getKey(), block);
            warnings.addAll(block.warnings());
        }
        return blocks;
    }

    /** The work done on the system when the control jumps from {@code from} to {@code to}: Tr(rho (H_to - H_from)). */
    private double quenchWork(double[] y, StateLayout layout, double from, double to) {
        Operator jump = machine.substance().hamiltonian(to).minus(machine.substance().hamiltonian(from));
        return rho(y, layout).traceOfProductRe(jump);
    }

    private StateRecord record(double time, double lambda, Operator rho) {
        Operator h = machine.substance().hamiltonian(lambda);
        return new StateRecord(time, lambda, rho, h, rho.traceOfProductRe(h), math.vonNeumannEntropy(rho));
    }

    private static Operator rho(double[] y, StateLayout layout) {
        return Operator.wrap(layout.hilbertDimension(), Arrays.copyOf(y, layout.rhoLength()));
    }

    /** Forwards accepted steps to the analyzers as observations; the density matrix is built only on demand. */
    private final class StepObserver implements org.szilard.api.solver.StepListener, Observation {

        private final int dimension;
        private final PopulationWatcher watcher;
        private double segmentStart;
        private int cycle;
        private Segment segment;
        private double s;
        private double[] y;

        StepObserver(int dimension, PopulationWatcher watcher) {
            this.dimension = dimension;
            this.watcher = watcher;
        }

        void enter(double segmentStart, int cycle, Segment segment) {
            this.segmentStart = segmentStart;
            this.cycle = cycle;
            this.segment = segment;
        }

        @Override
        public void step(double s, double[] y) {
            watcher.observe(segmentStart + s, y);
            this.s = s;
            this.y = y;
            for (Analyzer analyzer : machine.analyzers().values()) {
                analyzer.observe(this);
            }
        }

        @Override
        public double time() {
            return segmentStart + s;
        }

        @Override
        public int cycle() {
            return cycle;
        }

        @Override
        public String stroke() {
            return segment.stroke();
        }

        @Override
        public double lambda() {
            return segment.control().value(s);
        }

        @Override
        public Operator rho() {
            return Operator.wrap(dimension, Arrays.copyOf(y, 2 * dimension * dimension));
        }
    }
}
