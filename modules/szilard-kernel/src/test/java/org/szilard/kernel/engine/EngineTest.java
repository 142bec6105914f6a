package org.szilard.kernel.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.RampShape;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;
import org.szilard.api.solver.Solver;
import org.szilard.kernel.scenario.ConfigurationException;

/** The engine's loop, bookkeeping and checks, with minimal test plugins. */
class EngineTest {

    private static RunResult run(Schedule schedule, Solver solver, double nonHermitian) {
        var registry = TestPlugins.registry(TestPlugins.qubit(nonHermitian), TestPlugins.decay(0.5), () -> schedule,
                solver, TestPlugins.ledgerAnalyzer());
        return new SimulationFactory(registry).create(TestPlugins.scenario()).run(ProgressListener.NONE);
    }

    private static double value(RunResult result, String key) {
        return ((Number) result.blocks().get("test").values().get(key)).doubleValue();
    }

    private static Schedule decayOnce(double duration) {
        return Schedule.once(List.of(new Segment("hold", duration, Control.constant(2.0), Set.of("bath"))));
    }

    @Test
    void decayHeatIsTheExactExponential() {
        // the excited state (energy +1, gap 2) decays at rate 0.5: heat = -2 (1 - exp(-0.5 t))
        RunResult result = run(decayOnce(3.0), TestPlugins.rk4(400, y -> { }), 0.0);
        assertEquals(-2 * (1 - Math.exp(-1.5)), value(result, "heat"), 1e-9);
        assertEquals(value(result, "heat"), value(result, "energyChange"), 1e-12);
        assertEquals(3.0, result.simulatedTime(), 0.0);
    }

    @Test
    void workOfAClosedRampIsMinusTheEnergyChange() {
        // ramp lambda 2 -> 5 on the excited state, closed: E goes from 1 to 2.5, extracted work -1.5
        Schedule ramp = Schedule.once(List.of(new Segment("ramp", 2.0, Control.ramp(2.0, 5.0, 2.0, RampShape.SINE),
                Set.of())));
        RunResult result = run(ramp, TestPlugins.rk4(200, y -> { }), 0.0);
        assertEquals(-1.5, value(result, "work"), 1e-10);
        assertEquals(0.0, value(result, "heat"), 0.0);
    }

    @Test
    void exactCycleCountIsHonoured() {
        List<Segment> cycle = List.of(new Segment("hold", 1.0, Control.constant(2.0), Set.of("bath")),
                new Segment("up", 0.5, Control.ramp(2.0, 3.0, 0.5, RampShape.LINEAR), Set.of()),
                new Segment("down", 0.5, Control.ramp(3.0, 2.0, 0.5, RampShape.LINEAR), Set.of()));
        RunResult result = run(new Schedule(cycle, true, 100, 1e-9, 3), TestPlugins.rk4(200, y -> { }), 0.0);
        assertEquals(3, result.cycles());
        assertEquals(6.0, result.simulatedTime(), 1e-12);
        assertFalse(result.converged());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("limit cycle was not reached")));
    }

    @Test
    void aChangeThatStopsDecreasingIsBlamedOnTheIntegration() {
        // a solver whose every segment ends with an error of order 1e-7 (1, -1, 0.5, -0.5 times that, in turn): the
        // cycle-start state keeps changing by 1e-7 to 2e-7, up and down (the last three cycles of nine: 1.5e-7, 1e-7,
        // 1.5e-7), however many cycles run
        double[] errors = {1e-7, -1e-7, 0.5e-7, -0.5e-7};
        int[] calls = {0};
        Solver noisy = TestPlugins.rk4(100, y -> {
            double error = errors[calls[0]++ % errors.length];
            y[0] += error;
            y[6] -= error;
        });
        List<Segment> cycle = List.of(new Segment("hold", 10.0, Control.constant(2.0), Set.of("bath")));
        RunResult stalled = run(new Schedule(cycle, true, 9, 1e-9, 0), noisy, 0.0);
        assertFalse(stalled.converged());
        assertTrue(stalled.warnings().stream().anyMatch(w -> w.contains("the change has stopped decreasing")),
                stalled.warnings().toString());

        // a slow approach (a weak bath: the change shrinks every cycle) gets no such hint
        RunResult slow = run(new Schedule(List.of(new Segment("hold", 0.5, Control.constant(2.0), Set.of("bath"))),
                true, 8, 1e-12, 0), TestPlugins.rk4(100, y -> { }), 0.0);
        assertFalse(slow.converged());
        assertTrue(slow.warnings().stream().noneMatch(w -> w.contains("stopped decreasing")),
                slow.warnings().toString());
    }

    @Test
    void limitCycleStopsTheRunEarly() {
        List<Segment> cycle = List.of(new Segment("hold", 10.0, Control.constant(2.0), Set.of("bath")));
        RunResult result = run(new Schedule(cycle, true, 100, 1e-9, 0), TestPlugins.rk4(100, y -> { }), 0.0);
        assertTrue(result.converged());
        assertTrue(result.cycles() < 10, "cycles " + result.cycles());
    }

    @Test
    void lostTraceIsANumericalFailure() {
        NumericalCheckException e = assertThrows(NumericalCheckException.class,
                () -> run(decayOnce(1.0), TestPlugins.rk4(10, y -> y[0] += 1e-3), 0.0));
        assertTrue(e.getMessage().contains("trace"), e.getMessage());
    }

    @Test
    void inconsistentBookkeepingIsAFirstLawFailure() {
        NumericalCheckException e = assertThrows(NumericalCheckException.class,
                () -> run(decayOnce(1.0), TestPlugins.rk4(10, y -> y[y.length - 2] += 1e-3), 0.0));
        assertTrue(e.getMessage().contains("first law"), e.getMessage());
    }

    @Test
    void nonHermitianHamiltonianIsRejected() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> run(decayOnce(1.0), TestPlugins.rk4(10, y -> { }), 0.3));
        assertEquals("substance", e.blockPath());
        assertTrue(e.getMessage().contains("not Hermitian"), e.getMessage());
    }

    @Test
    void undefinedReservoirIsRejected() {
        Schedule schedule = Schedule.once(List.of(new Segment("hold", 1.0, Control.constant(1.0), Set.of("sun"))));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> run(schedule, TestPlugins.rk4(10, y -> { }), 0.0));
        assertEquals("protocol", e.blockPath());
        assertTrue(e.getMessage().contains("'sun'"), e.getMessage());
    }
}
