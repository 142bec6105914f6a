package org.szilard.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.szilard.api.solver.MasterEquation;

/**
 * One right-hand side of the master equation (the Liouvillian applied to rho, with the power and heat currents):
 * sparse operators (the XXZ chain of P2 with local baths, d = 2^sites) and dense ones (a random dense system).
 */
@State(Scope.Thread)
public class LiouvillianBenchmark extends KernelBenchmark {

    /** "sparse-N": the chain of N sites; "dense-D": the dense system of dimension D. */
    @Param({"sparse-6", "sparse-8", "sparse-10", "dense-16", "dense-64", "dense-128"})
    public String model;

    private MasterEquation equation;
    private double[] y;
    private double[] yDot;

    @Setup
    public void build() {
        int size = Integer.parseInt(model.substring(model.indexOf('-') + 1));
        equation = model.startsWith("sparse") ? Models.xxzChain(size) : Models.denseSystem(size);
        y = Models.state(equation);
        yDot = new double[y.length];
    }

    @Benchmark
    public double[] rightHandSide() {
        equation.derivatives(0.0, y, yDot);
        return yDot;
    }
}
