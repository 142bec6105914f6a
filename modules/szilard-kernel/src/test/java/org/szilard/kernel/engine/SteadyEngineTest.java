package org.szilard.kernel.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.analyzer.Observation;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.DriveProtocol;
import org.szilard.api.protocol.ProtocolProvider;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.reservoir.ReservoirProvider;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverProvider;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.PluginBlock;
import org.szilard.kernel.scenario.ScenarioSpec;

/**
 * The engine's steady path: no time stepping, the unit interval in the steady state, rates as work and heat.
 *
 * <p>The system is the qubit of {@link TestPlugins#qubit} at lambda = w (H = w sigma_z / 2, index 0 up) between two
 * baths r, each giving sigma_- at rate g_r (n_r + 1) and sigma_+ at g_r n_r. From the rate equation dp_up/dt =
 * sum_r g_r (n_r - (2 n_r + 1) p_up): p_up = sum_r g_r n_r / sum_r g_r (2 n_r + 1), and bath r's heat current is w
 * times its share, J_r = w g_r (n_r - (2 n_r + 1) p_up).
 */
class SteadyEngineTest {

    private static final double W = 2.0;

    /** A bath with parameters g and n. */
    private static Reservoir bath(ParameterValues parameters) {
        double g = parameters.real("g");
        double n = parameters.real("n");
        return new Reservoir() {
            @Override
            public double temperature() {
                return W / Math.log1p(1.0 / n);
            }

            @Override
            public List<JumpOperator> jumpOperators(InstantaneousSystem system) {
                Operator lower = Operator.real(new double[][] {{0, 0}, {1, 0}});
                return List.of(new JumpOperator(lower, g * (n + 1), W, 0),
                        new JumpOperator(lower.dagger(), g * n, -W, 0));
            }
        };
    }

    /** Keeps the run record and counts observed steps. */
    private static final class Recorder implements Analyzer {

        RunRecord run;
        int observed;

        @Override
        public void observe(Observation observation) {
            observed++;
        }

        @Override
        public ResultBlock finish(RunRecord record) {
            run = record;
            return new ResultBlock();
        }
    }

    private static RunResult run(Set<String> attached, Recorder recorder) {
        Schedule schedule = Schedule.steady(new Segment("steady", 0.0, Control.constant(W), attached));
        Solver noStepping = (equation, duration, y, listener) -> {
            throw new AssertionError("a steady run must not step in time");
        };
        PluginRegistry registry = PluginRegistry.of(List.of(
                provider(SubstanceProvider.class, (p, c) -> TestPlugins.qubit(0.0)),
                provider(ReservoirProvider.class, (p, c) -> bath(p)),
                provider(ProtocolProvider.class, (p, c) -> (DriveProtocol) () -> schedule),
                provider(SolverProvider.class, (p, c) -> noStepping),
                provider(AnalyzerProvider.class, (p, c) -> recorder)));
        Map<String, PluginBlock> reservoirs = new LinkedHashMap<>();
        reservoirs.put("hot", new PluginBlock("reservoirs.hot", "test",
                new ParameterValues(Map.of("g", 0.3, "n", 1.5))));
        reservoirs.put("cold", new PluginBlock("reservoirs.cold", "test",
                new ParameterValues(Map.of("g", 0.7, "n", 0.1))));
        PluginBlock empty = new PluginBlock("block", "test", ParameterValues.empty());
        ScenarioSpec spec = new ScenarioSpec("steady", empty, reservoirs, empty, Optional.empty(), empty,
                List.of(empty), 100);
        return new SimulationFactory(registry).create(spec).run(ProgressListener.NONE);
    }

    @Test
    void reportsTheRatesOverOneUnitOfTimeInTheSteadyState() {
        Recorder recorder = new Recorder();
        RunResult result = run(Set.of("hot", "cold"), recorder);

        double up = (0.3 * 1.5 + 0.7 * 0.1) / (0.3 * 4.0 + 0.7 * 1.2);
        double hot = W * 0.3 * (1.5 - 4.0 * up);
        double cold = W * 0.7 * (0.1 - 1.2 * up);
        RunRecord record = recorder.run;
        assertTrue(record.steady() && !record.cyclic() && record.converged());
        assertEquals(1, record.cycles());
        assertEquals(0.0, record.reported().start().time());
        assertEquals(1.0, record.reported().end().time());
        assertEquals(1.0, record.reported().duration());
        assertEquals(up, record.reported().end().rho().re(0, 0), 1e-14);
        assertEquals(W * (up - 0.5), record.reported().start().energy(), 1e-14);
        assertEquals(hot, record.reported().heat().get("hot"), 1e-14);
        assertEquals(cold, record.reported().heat().get("cold"), 1e-14);
        assertTrue(hot > 0);
        assertEquals(0.0, record.reported().work(), 0.0);
        assertEquals(0.0, record.reported().firstLawResidual(), 1e-15);
        assertEquals(record.reported(), record.whole());
        assertEquals(0, recorder.observed);
        assertEquals(1, result.cycles());
        assertTrue(result.converged());
        assertEquals(0.0, result.simulatedTime());
    }

    @Test
    void aNonUniqueSteadyStateIsANumericalFailure() {
        NumericalCheckException e = assertThrows(NumericalCheckException.class,
                () -> run(Set.of(), new Recorder()));
        assertTrue(e.getMessage().contains("not unique"), e.getMessage());
    }

    /** A provider of type "test" that creates its product from the parameters. */
    @SuppressWarnings("unchecked")
    private static <P extends PluginProvider<?>> P provider(Class<P> type,
            java.util.function.BiFunction<ParameterValues, ScenarioContext, Object> factory) {
        return (P) java.lang.reflect.Proxy.newProxyInstance(SteadyEngineTest.class.getClassLoader(),
                new Class<?>[] {type}, (proxy, method, args) -> switch (method.getName()) {
                    case "type" -> "test";
                    case "description" -> "test plugin";
                    case "parameters" -> List.<Parameter>of();
                    case "create" -> factory.apply((ParameterValues) args[0], (ScenarioContext) args[1]);
                    case "toString" -> "test " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
