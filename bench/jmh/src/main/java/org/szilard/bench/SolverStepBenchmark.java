package org.szilard.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;

/**
 * One step of the lindblad solver (adaptive Dormand-Prince 8(5,3), tolerance 1e-8) on the XXZ chain of P2: each
 * invocation propagates a fresh copy of the same state over 0.05 with the step capped at 0.05, which the solver
 * does in one accepted step (checked in the set-up): the derivative at the start, one more evaluation for the
 * initial-step estimate, the eleven further stages with the error estimate, and the derivative at the end (fourteen
 * evaluations). The copy of the state is part of the time.
 */
@State(Scope.Thread)
public class SolverStepBenchmark extends KernelBenchmark {

    static final double STEP = 0.05;

    @Param({"6", "8"})
    public int sites;

    private MasterEquation equation;
    private Solver solver;
    private double[] start;
    private double[] y;

    @Setup
    public void build() {
        equation = Models.xxzChain(sites);
        solver = Models.lindbladSolver(1e-8, STEP);
        start = Models.state(equation);
        y = start.clone();
        int[] steps = {0};
        solver.propagate(equation, STEP, y, (s, state) -> steps[0]++);
        if (steps[0] != 1) {
            throw new IllegalStateException("the solver took " + steps[0] + " steps, not one; adjust STEP");
        }
    }

    @Benchmark
    public double[] oneStep() {
        System.arraycopy(start, 0, y, 0, y.length);
        solver.propagate(equation, STEP, y, (s, state) -> { });
        return y;
    }
}
