package org.szilard.cli.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.szilard.api.solver.SolverException;
import org.szilard.cli.scenario.LoadedScenario;
import org.szilard.cli.scenario.ScenarioException;
import org.szilard.cli.scenario.ScenarioTemplate;
import org.szilard.kernel.engine.NumericalCheckException;
import org.szilard.kernel.engine.ProgressListener;
import org.szilard.kernel.engine.Simulation;
import org.szilard.kernel.scenario.ConfigurationException;
import org.szilard.kernel.scenario.ScenarioSpec;

/**
 * Runs a scenario at every point of a one- or two-parameter grid, each point its own simulation, on a pool of
 * threads. Every point is validated, and its simulation created once on trial, before any runs, so that an invalid
 * value anywhere in the range is reported (at its place in the file, with the point) before time is spent. The first range varies
 * slowest. A point whose solver fails or whose numerical checks fail is kept, with the reason and no results.
 */
public final class SweepRunner {

    private final ScenarioTemplate template;
    private final Function<ScenarioSpec, Simulation> simulations;
    private final int threads;

    /**
     * @param template the scenario file, read
     * @param simulations creates a point's simulation; may throw {@link ConfigurationException}
     * @param threads the number of points run at the same time, at least 1
     */
    public SweepRunner(ScenarioTemplate template, Function<ScenarioSpec, Simulation> simulations, int threads) {
        this.template = template;
        this.simulations = simulations;
        this.threads = threads;
    }

    /** The points of the grid, the first range varying slowest: each the values of the ranges in order. */
    public static List<double[]> points(List<SweepRange> ranges) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[0]);
        for (SweepRange range : ranges) {
            List<double[]> longer = new ArrayList<>();
            for (double[] point : points) {
                for (double value : range.values()) {
                    double[] next = Arrays.copyOf(point, point.length + 1);
                    next[point.length] = value;
                    longer.add(next);
                }
            }
            points = longer;
        }
        return points;
    }

    /**
     * Validates every point, then runs them all.
     *
     * @param ranges the swept parameters (their keys already checked with {@link ScenarioTemplate#checkNumber})
     * @param progress told the fraction of points done
     * @param firstResults called with the first point that finishes with results; what it throws stops the sweep
     *        (the points already running finish, the others do not start) and is thrown from here, so that a
     *        question the results cannot answer is reported after one point instead of after all
     * @return one result per point, in the order of {@link #points}
     * @throws ScenarioException when a point's scenario is invalid; nothing has run then
     */
    public List<PointResult> run(List<SweepRange> ranges, ProgressListener progress,
                                 Consumer<PointResult> firstResults) {
        List<double[]> points = points(ranges);
        List<ScenarioSpec> prepared = new ArrayList<>(points.size());
        for (double[] point : points) {
            prepared.add(prepare(ranges, point));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, points.size())));
        try {
            AtomicInteger done = new AtomicInteger();
            AtomicBoolean checked = new AtomicBoolean();
            AtomicReference<RuntimeException> stop = new AtomicReference<>();
            List<Future<PointResult>> futures = new ArrayList<>();
            for (int p = 0; p < points.size(); p++) {
                double[] point = points.get(p);
                ScenarioSpec spec = prepared.get(p);
                futures.add(pool.submit(() -> {
                    if (stop.get() != null) {
                        return null;
                    }
                    PointResult result = runPoint(simulations.apply(spec), point);
                    if (!result.results().isEmpty() && checked.compareAndSet(false, true)) {
                        try {
                            firstResults.accept(result);
                        } catch (RuntimeException problem) {
                            stop.set(problem);
                        }
                    }
                    int finished = done.incrementAndGet();
                    progress.progress((double) finished / points.size(),
                            "point " + finished + " of " + points.size());
                    return result;
                }));
            }
            List<PointResult> results = new ArrayList<>(points.size());
            for (Future<PointResult> future : futures) {
                results.add(future.get());
            }
            if (stop.get() != null) {
                throw stop.get();
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException problem ? problem
                    : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The point's validated scenario, after a trial creation of its simulation so that the plugins' objections come
     * now; the simulation itself is dropped, to be created again when the point runs, so that memory does not grow
     * with the number of points. A problem names the point.
     */
    private ScenarioSpec prepare(List<SweepRange> ranges, double[] point) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int r = 0; r < ranges.size(); r++) {
            values.put(ranges.get(r).key(), point[r]);
        }
        LoadedScenario scenario;
        try {
            scenario = template.with(values);
        } catch (ScenarioException problem) {
            throw atPoint(problem, values);
        }
        try {
            simulations.apply(scenario.spec());
            return scenario.spec();
        } catch (ConfigurationException problem) {
            throw atPoint(scenario.locate(problem), values);
        }
    }

    private static ScenarioException atPoint(ScenarioException problem, Map<String, Double> values) {
        StringBuilder point = new StringBuilder();
        values.forEach((key, value) -> point.append(point.length() == 0 ? "" : ", ").append(key).append(" = ")
                .append(value));
        return new ScenarioException(problem.source(), problem.location(), problem.path(),
                problem.detail() + " (at the sweep point " + point + ")");
    }

    private static PointResult runPoint(Simulation simulation, double[] point) {
        try {
            return new PointResult(point, ResultColumns.of(simulation.run(ProgressListener.NONE)), null);
        } catch (SolverException e) {
            return new PointResult(point, Map.of(), "the solver failed: " + e.getMessage());
        } catch (NumericalCheckException e) {
            return new PointResult(point, Map.of(), "a numerical check failed: " + e.getMessage());
        }
    }
}
