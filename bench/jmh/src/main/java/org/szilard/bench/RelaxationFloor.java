package org.szilard.bench;

import java.util.Arrays;
import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.kernel.dynamics.StateLayout;

/**
 * The floor of problem P2's relaxation (t from 0 to 20 at tolerance 1e-8 from the all-down state, the lindblad
 * solver as the scenario uses it): counts the right-hand-side evaluations and steps, times the whole propagation
 * and one evaluation, and measures the machine's memory bandwidth and arithmetic rate, so that the measured time
 * can be set against evaluations times the least work one evaluation needs. Not a JMH benchmark: a wall-clock
 * harness, run on a quiet machine. Arguments: chain lengths (default 6 8 10). See bench/README.md.
 *
 * <p>The least work of one evaluation: d (nnz(H) + sum_k nnz(L_k)) complex multiply-adds (8 flops each) for H rho
 * and the jump terms on the dense rho, and reading rho and writing its derivative once, 32 d^2 bytes.
 */
public final class RelaxationFloor {

    private static final int RUNS = 5;

    private RelaxationFloor() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {6, 8, 10} : Arrays.stream(args).mapToInt(Integer::parseInt)
                .toArray();
        double bandwidth = MachineRates.bandwidth();
        double flopRate = MachineRates.flopRate();
        System.out.printf("machine: triad bandwidth %.2f GB/s, complex multiply-add rate %.2f GFLOP/s (one core)%n",
                bandwidth * 1e-9, flopRate * 1e-9);
        for (int sites : sizes) {
            run(sites, bandwidth, flopRate);
        }
    }

    private static void run(int sites, double bandwidth, double flopRate) {
        Counting equation = new Counting(Models.xxzChain(sites));
        int d = equation.hilbertDimension();
        Solver solver = Models.lindbladSolver(1e-8, Double.POSITIVE_INFINITY);
        double seconds = Double.MAX_VALUE;
        double[] y = null;
        int[] steps = {0};
        for (int run = 0; run < RUNS; run++) {   // the first runs warm up the JIT; the best counts
            equation.evaluations = 0;
            steps[0] = 0;
            y = allDown(equation);
            long start = System.nanoTime();
            solver.propagate(equation, 20.0, y, (s, state) -> steps[0]++);
            seconds = Math.min(seconds, (System.nanoTime() - start) * 1e-9);
        }
        long evaluations = equation.evaluations;
        double rhs = medianRhsSeconds(equation, y);

        Operator h = equation.hamiltonian(0.0);
        long jumpEntries = equation.jumps(0.0).stream().flatMap(List::stream).map(JumpOperator::operator)
                .mapToLong(Operator::nonZeros).sum();
        double flops = 8.0 * d * (h.nonZeros() + jumpEntries);
        double bytes = 32.0 * d * d;
        double floor = evaluations * Math.max(flops / flopRate, bytes / bandwidth);
        StateLayout layout = new StateLayout(d, 2);
        System.out.printf("%2d sites, d = %4d: %d steps, %d evaluations; propagation %.3f s, one RHS %.3f ms "
                        + "(RHS share %.0f%%); per RHS %.2f Mflop, %.2f MB: floor %.3f s (%s bound), measured / floor"
                        + " %.1f; heat hot %.9f, cold %.9f%n", sites, d, steps[0], evaluations, seconds, rhs * 1e3,
                100.0 * evaluations * rhs / seconds, flops * 1e-6, bytes * 1e-6, floor,
                flops / flopRate > bytes / bandwidth ? "arithmetic" : "memory", seconds / floor,
                y[layout.heat(0)], y[layout.heat(1)]);
    }

    /** The all-down state |1...1><1...1|, the last basis state, as a solver state vector. */
    private static double[] allDown(MasterEquation equation) {
        int d = equation.hilbertDimension();
        double[] y = new double[equation.dimension()];
        y[2 * (d * d - 1)] = 1.0;
        return y;
    }

    private static double medianRhsSeconds(MasterEquation equation, double[] y) {
        double[] yDot = new double[y.length];
        long[] times = new long[equation.hilbertDimension() <= 256 ? 200 : 30];
        for (int k = 0; k < times.length; k++) {
            long start = System.nanoTime();
            equation.derivatives(0.0, y, yDot);
            times[k] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2] * 1e-9;
    }

    /** A master equation that counts its right-hand-side evaluations. */
    private static final class Counting implements MasterEquation {

        private final MasterEquation equation;
        long evaluations;

        Counting(MasterEquation equation) {
            this.equation = equation;
        }

        @Override
        public int dimension() {
            return equation.dimension();
        }

        @Override
        public int hilbertDimension() {
            return equation.hilbertDimension();
        }

        @Override
        public void derivatives(double s, double[] y, double[] yDot) {
            evaluations++;
            equation.derivatives(s, y, yDot);
        }

        @Override
        public boolean isTimeIndependent() {
            return equation.isTimeIndependent();
        }

        @Override
        public boolean isClosed() {
            return equation.isClosed();
        }

        @Override
        public Operator hamiltonian(double s) {
            return equation.hamiltonian(s);
        }

        @Override
        public List<List<JumpOperator>> jumps(double s) {
            return equation.jumps(s);
        }
    }
}
