package org.szilard.kernel.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.protocol.DriveProtocol;
import org.szilard.api.protocol.ProtocolProvider;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.reservoir.ReservoirProvider;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverProvider;
import org.szilard.api.substance.AffineHamiltonian;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.PluginBlock;
import org.szilard.kernel.scenario.ScenarioSpec;

/** Minimal plugins for engine tests: a qubit, a decay channel, a fixed-step RK4 solver and a settable protocol. */
final class TestPlugins {

    private TestPlugins() {
    }

    /** H = lambda sigma_z / 2 (+ an optional non-Hermitian part), index 0 excited. */
    static WorkingSubstance qubit(double nonHermitian) {
        Operator sz = Operator.diagonal(0.5, -0.5);
        Operator extra = Operator.real(new double[][] {{0, nonHermitian}, {0, 0}});
        return new WorkingSubstance() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public Operator hamiltonian(double lambda) {
                return sz.times(lambda).plus(extra);
            }

            @Override
            public Operator hamiltonianDerivative(double lambda) {
                return sz;
            }

            @Override
            public Optional<AffineHamiltonian> affine() {
                return Optional.of(new AffineHamiltonian(extra, sz));
            }

            @Override
            public Operator defaultCoupling() {
                return Operator.real(new double[][] {{0, 1}, {1, 0}});
            }
        };
    }

    /** Decay |0> -> |1> at rate gamma (zero temperature). */
    static Reservoir decay(double gamma) {
        return new Reservoir() {
            @Override
            public double temperature() {
                return 0.0;
            }

            @Override
            public List<JumpOperator> jumpOperators(org.szilard.api.reservoir.InstantaneousSystem system) {
                Operator lower = Operator.real(new double[][] {{0, 0}, {1, 0}});
                return List.of(new JumpOperator(lower, gamma, system.lambda(), 0));
            }
        };
    }

    /** Classical fourth-order Runge-Kutta with a fixed number of steps per unit time, then a distortion of y. */
    static Solver rk4(int stepsPerUnitTime, java.util.function.Consumer<double[]> distortion) {
        return (MasterEquation eq, double duration, double[] y, org.szilard.api.solver.StepListener listener) -> {
            int steps = Math.max(1, (int) Math.ceil(duration * stepsPerUnitTime));
            double h = duration / steps;
            int n = eq.dimension();
            double[] k1 = new double[n], k2 = new double[n], k3 = new double[n], k4 = new double[n], t = new double[n];
            for (int s = 0; s < steps; s++) {
                double s0 = s * h;
                eq.derivatives(s0, y, k1);
                for (int i = 0; i < n; i++) {
                    t[i] = y[i] + 0.5 * h * k1[i];
                }
                eq.derivatives(s0 + 0.5 * h, t, k2);
                for (int i = 0; i < n; i++) {
                    t[i] = y[i] + 0.5 * h * k2[i];
                }
                eq.derivatives(s0 + 0.5 * h, t, k3);
                for (int i = 0; i < n; i++) {
                    t[i] = y[i] + h * k3[i];
                }
                eq.derivatives(s0 + h, t, k4);
                for (int i = 0; i < n; i++) {
                    y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
                }
                listener.step(s0 + h, y);
            }
            distortion.accept(y);
        };
    }

    /** A registry whose single provider of each kind hands out the given objects. */
    static PluginRegistry registry(WorkingSubstance substance, Reservoir reservoir, DriveProtocol protocol,
                                   Solver solver, Analyzer analyzer) {
        return PluginRegistry.of(List.of(
                (SubstanceProvider) provider(SubstanceProvider.class, substance),
                (ReservoirProvider) provider(ReservoirProvider.class, reservoir),
                (ProtocolProvider) provider(ProtocolProvider.class, protocol),
                (SolverProvider) provider(SolverProvider.class, solver),
                (AnalyzerProvider) provider(AnalyzerProvider.class, analyzer)));
    }

    /** A scenario using the test providers, with one reservoir named "bath". */
    static ScenarioSpec scenario() {
        Function<String, PluginBlock> block = path -> new PluginBlock(path, "test", ParameterValues.empty());
        return new ScenarioSpec("test", block.apply("substance"), Map.of("bath", block.apply("reservoirs.bath")),
                block.apply("protocol"), Optional.of(new PluginBlock("initial", "basis",
                new ParameterValues(Map.of("index", 0L)))), block.apply("solver"),
                List.of(new PluginBlock("analyzers[0]", "test", ParameterValues.empty())), 100);
    }

    /** An analyzer reporting the reported interval's work and heat. */
    static Analyzer ledgerAnalyzer() {
        return run -> new ResultBlock().put("work", run.reported().work())
                .put("heat", run.reported().heat().get("bath"))
                .put("energyChange", run.reported().end().energy() - run.reported().start().energy());
    }

    @SuppressWarnings("unchecked")
    private static <P> P provider(Class<P> type, Object product) {
        return (P) java.lang.reflect.Proxy.newProxyInstance(TestPlugins.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "type" -> "test";
                    case "description" -> "test plugin";
                    case "parameters" -> List.<Parameter>of();
                    case "create" -> product;
                    case "toString" -> "test " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
