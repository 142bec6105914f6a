package org.szilard.kernel.engine;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.szilard.api.solver.StepListener;
import org.szilard.api.solver.TrajectorySolver;
import org.szilard.kernel.dynamics.ConstantGenerator;
import org.szilard.kernel.dynamics.OpenSystem;
import org.szilard.kernel.dynamics.StateLayout;
import org.szilard.kernel.linalg.DensityMatrices;
import org.szilard.kernel.steady.SteadyStateException;
import org.szilard.kernel.steady.SteadyState;
import org.szilard.kernel.steady.SteadyStateSolver;

/**
 * Runs a schedule: propagates the state segment by segment with the solver, collects work and heat, repeats a
 * cyclic schedule until the state at the start of a cycle stops changing (the limit cycle), checks the state, and
 * hands the analyzers what they report. A steady schedule skips the time stepping and reports the rates in the
 * steady state instead. Memory does not grow with the number of cycles: only the current cycle's start state,
 * running totals and a time series thinned to at most the scenario's {@code samples} rows ({@link SeriesSampler})
 * are kept. The series holds the state at time 0 (after a jump of the control to the first segment's start value),
 * accepted solver steps and the end state; its work and heat are the running totals up to each instant. A closed,
 * once-through run also hands the analyzers its protocol as a map on states ({@link ClosedPropagation}).
 */
final class Engine implements Simulation {

    /**
     * The number of cycles whose changes of the cycle-start state are compared: an approach to the limit cycle makes
     * them decrease steadily; integration noise does not.
     */
    private static final int STALL_CYCLES = 3;

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
        TrajectorySolver trajectories = machine.solver() instanceof TrajectorySolver t ? t : null;
        List<MasterEquation> equations = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            equations.add(system.equation(segment, trajectories == null));
        }
        double[] mu = machine.reservoirs().values().stream().mapToDouble(Reservoir::chemicalPotential).toArray();
        Ledger whole = new Ledger(system.reservoirNames(), mu);
        Ledger cycle = new Ledger(system.reservoirNames(), mu);
        double[] y = new double[layout.size()];
        Operator initial = machine.initialState().get();
        initial.plus(initial.dagger()).times(0.5).copyInto(y, 0);

        int cycleLimit = !schedule.cyclic() ? 1
                : schedule.exactCycles() > 0 ? schedule.exactCycles() : schedule.maxCycles();
        List<String> warnings = new ArrayList<>();
        PopulationWatcher watcher = new PopulationWatcher(machine.substance().watches(), layout.hilbertDimension());
        watcher.observe(0.0, y);
        SeriesSampler sampler = new SeriesSampler(machine.samples());
        RunProgress runProgress = new RunProgress(progress, schedule.cyclic(), schedule.exactCycles() > 0, cycleLimit,
                schedule.passDuration(), System::nanoTime);
        StepObserver observer = new StepObserver(layout, watcher, whole, cycle, sampler, runProgress);
        // each state's spectrum is computed once, for its positivity check and its entropy
        double[] initialSpectrum = math.eigenvalues(initial);
        Operator cycleStart = initial;
        double[] cycleStartSpectrum = initialSpectrum;
        Operator end = initial;
        double[] endSpectrum = initialSpectrum;
        double cycleStartTime = 0.0;
        double time = 0.0;
        double lambda = schedule.initialControl();
        double cycleStartLambda = lambda;
        double lastChange = Double.NaN;
        // the changes of the last STALL_CYCLES cycles, oldest first, to tell a stalled approach from a slow one
        double[] recentChanges = new double[STALL_CYCLES];
        boolean converged = !schedule.cyclic();
        int cycles = 0;
        while (cycles < cycleLimit) {
            cycles++;
            cycle.reset();
            if (trajectories != null) {
                trajectories.startTally();
            }
            if (cycles > 1) {
                cycleStart = end;
                cycleStartSpectrum = endSpectrum;
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
                if (cycles == 1 && i == 0) {
                    observer.sampleStart(y);
                }
                propagate(equations.get(i), segment.duration(), y, observer);
                cycle.addSegment(y, layout);
                time += segment.duration();
                lambda = segment.control().value(segment.duration());
            }
            whole.add(cycle);
            end = rho(y, layout);
            endSpectrum = math.eigenvalues(end);
            checks.checkState(end, endSpectrum, time);
            if (schedule.cyclic()) {
                lastChange = math.traceDistance(end, cycleStart);
                System.arraycopy(recentChanges, 1, recentChanges, 0, STALL_CYCLES - 1);
                recentChanges[STALL_CYCLES - 1] = lastChange;
                boolean settled = lastChange < schedule.cycleTolerance();
                converged = settled;
                runProgress.cycleDone(cycles);
                if (settled && schedule.exactCycles() == 0) {
                    break;
                }
            }
        }
        observer.finish(y);
        warnings.addAll(watcher.warnings());
        warnings.addAll(observer.warnings());
        if (schedule.cyclic() && !converged) {
            boolean stalled = cycles > STALL_CYCLES && !decreasing(recentChanges);
            warnings.add("the limit cycle was not reached after " + cycles + " cycles: the state at the start of the "
                    + "last cycle changed by " + lastChange + " in trace distance (tolerance "
                    + schedule.cycleTolerance() + "); cycle quantities are those of the last cycle run"
                    + (stalled ? "; the change has stopped decreasing (the last " + STALL_CYCLES + " cycles: "
                    + Arrays.toString(recentChanges) + "), which points at the solver's integration error rather"
                    + " than a slow approach: tighten the solver tolerance, or use the exponential solver where"
                    + " strokes keep their controls constant" : ""));
        }
        StateRecord runStart = record(0.0, schedule.initialControl(), initial, initialSpectrum);
        StateRecord runEnd = record(time, lambda, end, endSpectrum);
        Interval wholeInterval = whole.interval(runStart, runEnd);
        Interval reported = schedule.cyclic()
                ? cycle.interval(record(cycleStartTime, cycleStartLambda, cycleStart, cycleStartSpectrum), runEnd)
                : wholeInterval;
        checks.checkFirstLaw(wholeInterval);
        checks.checkFirstLaw(reported);

        RunRecord record = new RunRecord(schedule.cyclic(), schedule.steady(), cycles, converged, wholeInterval, reported,
                machine.reservoirs(), machine.substance(), math,
                ClosedPropagation.of(schedule, system, machine.solver(), equations),
                Optional.ofNullable(trajectories).map(TrajectorySolver::tally));
        Map<String, ResultBlock> blocks = finish(record, warnings);
        double wall = (System.nanoTime() - started) * 1e-9;
        progress.progress(1.0, "done");
        return new RunResult(machine.name(), cycles, converged, time, wall, blocks, warnings,
                new TimeSeries(observer.quantities(), sampler.rows()));
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
        SteadyState solution;
        try {
            solution = new SteadyStateSolver(math).solve(generator, progress::progress);
        } catch (SteadyStateException e) {
            throw new NumericalCheckException(e.getMessage());
        }
        Operator steady = solution.rho();
        double[] spectrum = solution.spectrum();
        checks.checkState(steady, spectrum, 0.0);
        double[] y = new double[layout.size()];
        steady.copyInto(y, 0);
        double[] rates = new double[layout.size()];
        generator.equation().derivatives(0.0, y, rates);
        double[] mu = machine.reservoirs().values().stream().mapToDouble(Reservoir::chemicalPotential).toArray();
        Ledger ledger = new Ledger(system.reservoirNames(), mu);
        ledger.addSegment(rates, layout);
        double lambda = schedule.initialControl();
        Interval unit = ledger.interval(record(0.0, lambda, steady, spectrum), record(1.0, lambda, steady, spectrum));
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

    /**
     * Propagates one segment with the solver; a segment written in an energy frame gets the state in that basis and
     * hands it back in the substance's basis, as the listener always sees it.
     */
    private void propagate(MasterEquation equation, double duration, double[] y, StepListener observer) {
        var frame = system.frame(equation);
        if (frame.isEmpty()) {
            machine.solver().propagate(equation, duration, y, observer);
            return;
        }
        frame.get().enter(y);
        machine.solver().propagate(equation, duration, y, frame.get().outOf(observer));
        frame.get().leave(y);
    }

    private static boolean decreasing(double[] values) {
        for (int i = 1; i < values.length; i++) {
            if (!(values[i] < values[i - 1])) {
                return false;
            }
        }
        return true;
    }

    /** The work done on the system when the control jumps from {@code from} to {@code to}: Tr(rho (H_to - H_from)). */
    private double quenchWork(double[] y, StateLayout layout, double from, double to) {
        Operator jump = machine.substance().hamiltonian(to).minus(machine.substance().hamiltonian(from));
        return rho(y, layout).traceOfProductRe(jump);
    }

    private StateRecord record(double time, double lambda, Operator rho, double[] spectrum) {
        Operator h = machine.substance().hamiltonian(lambda);
        return new StateRecord(time, lambda, rho, h, rho.traceOfProductRe(h), DensityMatrices.entropyOf(spectrum));
    }

    private static Operator rho(double[] y, StateLayout layout) {
        return Operator.wrap(layout.hilbertDimension(), Arrays.copyOf(y, layout.rhoLength()));
    }

    /**
     * Forwards accepted steps to the analyzers as observations and offers them to the time series; the density
     * matrix, the energy and the entropy are computed only on demand, at most once per step.
     */
    private final class StepObserver implements org.szilard.api.solver.StepListener, Observation {

        private final StateLayout layout;
        private final PopulationWatcher watcher;
        private final Ledger whole;
        private final Ledger cycleLedger;
        private final SeriesSampler sampler;
        private final RunProgress progress;
        private final List<String> quantities = new ArrayList<>();
        private double segmentStart;
        private int cycle;
        private Segment segment;
        private double s;
        private double[] y;
        private boolean finished;
        private Operator rho;
        private double energy;
        private double entropy;
        private int sampleFailures;
        private String sampleFailure;

        StepObserver(StateLayout layout, PopulationWatcher watcher, Ledger whole, Ledger cycleLedger,
                     SeriesSampler sampler, RunProgress progress) {
            this.layout = layout;
            this.watcher = watcher;
            this.whole = whole;
            this.cycleLedger = cycleLedger;
            this.sampler = sampler;
            this.progress = progress;
            quantities.addAll(List.of("lambda", "energy", "work"));
            system.reservoirNames().forEach(name -> quantities.add("heat." + name));
            machine.analyzers().forEach((id, analyzer) ->
                    analyzer.seriesColumns().forEach(column -> quantities.add(id + "." + column)));
        }

        /** A warning when analyzers' time-series values could not be computed (left empty), else none. */
        List<String> warnings() {
            return sampleFailures == 0 ? List.of() : List.of("time series: analyzer columns left empty at "
                    + sampleFailures + " instants because a computation failed (first: " + sampleFailure + ")");
        }

        /** The names of the numeric time-series columns. */
        List<String> quantities() {
            return quantities;
        }

        void enter(double segmentStart, int cycle, Segment segment) {
            this.segmentStart = segmentStart;
            this.cycle = cycle;
            this.segment = segment;
        }

        @Override
        public void step(double s, double[] y) {
            at(s, y);
            watcher.observe(segmentStart + s, y);
            for (Analyzer analyzer : machine.analyzers().values()) {
                analyzer.observe(this);
            }
            sampler.offer(time(), this::row);
            progress.at(cycle, time());
        }

        /** Adds the state at the start of the current segment to the time series (analyzers observe no step). */
        void sampleStart(double[] y) {
            at(0.0, y);
            sampler.offer(time(), this::row);
        }

        /**
         * Adds the end state of the run (at the end of the last segment, {@code y} the engine's state) to the time
         * series, once the ledgers hold the whole run.
         */
        void finish(double[] y) {
            at(segment.duration(), y);
            finished = true;
            sampler.finish(row());
        }

        private void at(double s, double[] y) {
            this.s = s;
            this.y = y;
            rho = null;
            energy = Double.NaN;
            entropy = Double.NaN;
        }

        /** The time-series row of the current instant. */
        private TimeSeries.Row row() {
            double[] values = new double[quantities.size()];
            values[0] = lambda();
            values[1] = energy();
            double[] totals = new double[1 + layout.reservoirs()];
            whole.addTotals(null, layout, totals);
            if (!finished) {
                cycleLedger.addTotals(y, layout, totals);
            }
            System.arraycopy(totals, 0, values, 2, totals.length);
            int next = 2 + totals.length;
            for (Analyzer analyzer : machine.analyzers().values()) {
                int n = analyzer.seriesColumns().size();
                if (n > 0) {
                    double[] own = new double[n];
                    java.util.Arrays.fill(own, Double.NaN);
                    try {
                        analyzer.sample(this, own);
                    } catch (ArithmeticException e) {
                        sampleFailures++;
                        sampleFailure = sampleFailure == null ? e.getMessage() : sampleFailure;
                        java.util.Arrays.fill(own, Double.NaN);
                    }
                    System.arraycopy(own, 0, values, next, n);
                    next += n;
                }
            }
            return new TimeSeries.Row(time(), cycle, stroke(), values);
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
            if (rho == null) {
                rho = Operator.wrap(layout.hilbertDimension(), Arrays.copyOf(y, layout.rhoLength()));
            }
            return rho;
        }

        @Override
        public double energy() {
            if (Double.isNaN(energy)) {
                energy = rho().traceOfProductRe(machine.substance().hamiltonian(lambda()));
            }
            return energy;
        }

        @Override
        public double entropy() {
            if (Double.isNaN(entropy)) {
                entropy = math.vonNeumannEntropy(rho());
            }
            return entropy;
        }
    }
}
