package org.szilard.bench;

import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.Spectrum;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/**
 * The kernel's Hermitian eigensolver and matrix exponential on random dense matrices: the spectrum (eigenvalues and
 * vectors) that every global bath and thermal state needs, and the Pade exponential behind the exponential solver
 * (of a random matrix of norm about one, as its real generators are after scaling by the segment).
 */
@State(Scope.Thread)
public class LinearAlgebraBenchmark extends KernelBenchmark {

    @Param({"16", "64", "256"})
    public int dimension;

    private final EjmlQuantumMath math = new EjmlQuantumMath();
    private Operator hermitian;
    private Operator generator;

    @Setup
    public void build() {
        Random random = new Random(dimension);
        hermitian = Models.randomHermitian(dimension, random);
        generator = Models.randomMatrix(dimension, random);
    }

    @Benchmark
    public Spectrum hermitianEigensolver() {
        return math.spectrum(hermitian);
    }

    @Benchmark
    public Operator exponentialPropagator() {
        return math.exponential(generator, 1.0);
    }
}
