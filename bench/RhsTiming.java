import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.szilard.api.operator.Operator;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.dynamics.OpenSystem;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/**
 * Times one right-hand-side evaluation of the master equation of a spin-1/2 XXZ chain
 * H = sum_i (Sx Sx + Sy Sy + 0.5 Sz Sz) + sum_i Sz with local baths (S_- and S_+ jumps) on the two end sites,
 * through the kernel's public path (OpenSystem, as the engine uses it). A rough wall-clock measurement, not a JMH
 * benchmark: run it on a quiet machine. See bench/README.md.
 */
public final class RhsTiming {

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {8, 10} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt)
                .toArray();
        for (int sites : sizes) {
            run(sites);
        }
    }

    private static void run(int sites) {
        long t0 = System.nanoTime();
        Operator sz = Operator.diagonal(0.5, -0.5);
        Operator raise = Operator.builder(2).add(0, 1, 1.0).build();
        Operator lower = raise.dagger();
        Operator sx = raise.plus(lower).times(0.5);
        Operator sy = raise.minus(lower).times(0.0, -0.5);
        Operator h = Operator.zero(1 << sites);
        for (int s = 0; s < sites; s++) {
            h = h.plus(at(sites, sz, s));
            if (s + 1 < sites) {
                h = h.plus(at(sites, sx, s).times(at(sites, sx, s + 1)))
                        .plus(at(sites, sy, s).times(at(sites, sy, s + 1)))
                        .plus(at(sites, sz, s).times(at(sites, sz, s + 1)).times(0.5));
            }
        }
        Operator hamiltonian = h;
        int d = hamiltonian.dimension();
        WorkingSubstance chain = new WorkingSubstance() {
            @Override
            public int dimension() {
                return d;
            }

            @Override
            public Operator hamiltonian(double lambda) {
                return hamiltonian;
            }

            @Override
            public Operator hamiltonianDerivative(double lambda) {
                return Operator.zero(d);
            }

            @Override
            public Operator defaultCoupling() {
                return Operator.identity(d);
            }
        };
        Map<String, Reservoir> baths = new LinkedHashMap<>();
        baths.put("left", bath(List.of(new JumpOperator(at(sites, lower, 0), 0.3, 1.0, 0),
                new JumpOperator(at(sites, raise, 0), 0.1, -1.0, 0))));
        baths.put("right", bath(List.of(new JumpOperator(at(sites, lower, sites - 1), 0.2, 1.0, 0),
                new JumpOperator(at(sites, raise, sites - 1), 0.05, -1.0, 0))));
        long t1 = System.nanoTime();
        OpenSystem system = new OpenSystem(chain, baths, new EjmlQuantumMath());
        MasterEquation equation = system.equation(new Segment("relax", 1.0, Control.constant(1.0),
                Set.of("left", "right")));
        long t2 = System.nanoTime();

        double[] y = new double[equation.dimension()];
        Random random = new Random(1);
        for (int i = 0; i < d; i++) {
            y[2 * (i * d + i)] = 1.0 / d;
            for (int j = i + 1; j < d; j++) {
                double re = 0.1 * random.nextGaussian() / d, im = 0.1 * random.nextGaussian() / d;
                y[2 * (i * d + j)] = re;
                y[2 * (i * d + j) + 1] = im;
                y[2 * (j * d + i)] = re;
                y[2 * (j * d + i) + 1] = -im;
            }
        }
        double[] yDot = new double[y.length];
        int repeats = d <= 256 ? 400 : 60;
        for (int k = 0; k < repeats / 2; k++) {
            equation.derivatives(0.0, y, yDot);
        }
        long[] times = new long[repeats];
        for (int k = 0; k < repeats; k++) {
            long start = System.nanoTime();
            equation.derivatives(0.0, y, yDot);
            times[k] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        System.out.printf("%2d sites, d = %4d: H nnz = %d (%.2f%%), build operators %.1f ms, build equation %.1f ms,"
                        + " one RHS: min %.2f ms, median %.2f ms%n", sites, d, hamiltonian.nonZeros(),
                100.0 * hamiltonian.nonZeros() / ((double) d * d), (t1 - t0) * 1e-6, (t2 - t1) * 1e-6,
                times[0] * 1e-6, times[repeats / 2] * 1e-6);
    }

    private static Operator at(int sites, Operator op, int s) {
        Operator result = s == 0 ? op : Operator.identity(2);
        for (int t = 1; t < sites; t++) {
            result = result.kron(t == s ? op : Operator.identity(2));
        }
        return result;
    }

    private static Reservoir bath(List<JumpOperator> jumps) {
        return new Reservoir() {
            @Override
            public double temperature() {
                return 1.0;
            }

            @Override
            public List<JumpOperator> jumpOperators(InstantaneousSystem system) {
                return jumps;
            }
        };
    }
}
