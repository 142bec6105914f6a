package org.szilard.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverProvider;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.dynamics.OpenSystem;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/**
 * The models the benchmarks time, built through the kernel's public path ({@link OpenSystem}, as the engine uses
 * it): the XXZ chain of problem P2 (sparse operators) and a random dense system (dense operators).
 */
final class Models {

    /** The segment every equation is built for: constant control 1, both baths attached. */
    static final Segment RELAX = new Segment("relax", 20.0, Control.constant(1.0), Set.of("hot", "cold"));

    private Models() {
    }

    /**
     * The master equation of P2: H = sum_bonds (Sx Sx + Sy Sy + 0.5 Sz Sz) + sum_i Sz_i, local baths (gamma 0.5) at
     * T = 2 on site 0 and T = 0.5 on the last site, S_- at gamma (n + 1) and S_+ at gamma n with w = 1.
     */
    static MasterEquation xxzChain(int sites) {
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
        Map<String, Reservoir> baths = new LinkedHashMap<>();
        baths.put("hot", localBath(at(sites, lower, 0), 0.5, 2.0));
        baths.put("cold", localBath(at(sites, lower, sites - 1), 0.5, 0.5));
        return equation(h, baths);
    }

    /**
     * A dense system of dimension d: a random Hermitian H (seeded) and two baths, each with one random dense jump
     * operator and its adjoint, so every operator takes the dense path.
     */
    static MasterEquation denseSystem(int d) {
        Random random = new Random(d);
        Map<String, Reservoir> baths = new LinkedHashMap<>();
        for (String name : List.of("hot", "cold")) {
            Operator l = randomMatrix(d, random);
            baths.put(name, bath(1.0, List.of(new JumpOperator(l, 0.3, 0.0, 0),
                    new JumpOperator(l.dagger(), 0.1, 0.0, 0))));
        }
        return equation(randomHermitian(d, random), baths);
    }

    /** A random Hermitian matrix with Gaussian entries, scaled so that its eigenvalues are of order one. */
    static Operator randomHermitian(int d, Random random) {
        Operator m = randomMatrix(d, random);
        return m.plus(m.dagger()).times(0.5);
    }

    /** A random complex matrix with Gaussian entries of variance 1/d. */
    static Operator randomMatrix(int d, Random random) {
        double[] entries = new double[2 * d * d];
        double scale = 1.0 / Math.sqrt(d);
        for (int k = 0; k < entries.length; k++) {
            entries[k] = scale * random.nextGaussian();
        }
        return Operator.of(d, entries);
    }

    /** The lindblad solver as a scenario gets it: found as a service, created from its parameters. */
    static Solver lindbladSolver(double tolerance, double maxStep) {
        SolverProvider provider = ServiceLoader.load(SolverProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.type().equals("lindblad")).findFirst().orElseThrow();
        ScenarioContext context = new ScenarioContext() {
            @Override
            public Optional<WorkingSubstance> substance() {
                return Optional.empty();
            }

            @Override
            public Set<String> reservoirNames() {
                return Set.of();
            }

            @Override
            public QuantumMath math() {
                return new EjmlQuantumMath();
            }
        };
        return provider.create(new ParameterValues(Map.of("tolerance", tolerance, "maxStep", maxStep)), context);
    }

    /** A Hermitian state of trace one with small random coherences, as a solver state vector of the equation. */
    static double[] state(MasterEquation equation) {
        int d = equation.hilbertDimension();
        double[] y = new double[equation.dimension()];
        Random random = new Random(1);
        for (int i = 0; i < d; i++) {
            y[2 * (i * d + i)] = 1.0 / d;
            for (int j = i + 1; j < d; j++) {
                double re = 0.1 * random.nextGaussian() / d;
                double im = 0.1 * random.nextGaussian() / d;
                y[2 * (i * d + j)] = re;
                y[2 * (i * d + j) + 1] = im;
                y[2 * (j * d + i)] = re;
                y[2 * (j * d + i) + 1] = -im;
            }
        }
        return y;
    }

    private static MasterEquation equation(Operator hamiltonian, Map<String, Reservoir> baths) {
        int d = hamiltonian.dimension();
        WorkingSubstance substance = new WorkingSubstance() {
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
        return new OpenSystem(substance, baths, new EjmlQuantumMath()).equation(RELAX);
    }

    /** The operator op acting on site s of a chain of spins 1/2. */
    private static Operator at(int sites, Operator op, int s) {
        Operator result = s == 0 ? op : Operator.identity(2);
        for (int t = 1; t < sites; t++) {
            result = result.kron(t == s ? op : Operator.identity(2));
        }
        return result;
    }

    /** A local bosonic bath at splitting w = 1: the lowering operator at gamma (n + 1), its adjoint at gamma n. */
    private static Reservoir localBath(Operator lower, double gamma, double temperature) {
        double n = 1.0 / Math.expm1(1.0 / temperature);
        return bath(temperature, List.of(new JumpOperator(lower, gamma * (n + 1), 1.0, 0),
                new JumpOperator(lower.dagger(), gamma * n, -1.0, 0)));
    }

    private static Reservoir bath(double temperature, List<JumpOperator> jumps) {
        return new Reservoir() {
            @Override
            public double temperature() {
                return temperature;
            }

            @Override
            public List<JumpOperator> jumpOperators(InstantaneousSystem system) {
                return jumps;
            }
        };
    }
}
