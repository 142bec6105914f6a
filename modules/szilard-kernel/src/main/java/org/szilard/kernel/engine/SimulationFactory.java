package org.szilard.kernel.engine;

import com.google.inject.Guice;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.protocol.DriveProtocol;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.Solver;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginRegistry;
import org.szilard.kernel.scenario.ConfigurationException;
import org.szilard.kernel.scenario.InitialStates;
import org.szilard.kernel.scenario.PluginBlock;
import org.szilard.kernel.scenario.ScenarioSpec;

/**
 * Turns a validated scenario into a runnable simulation: creates every plugin through its provider (substance
 * first, so that reservoirs, protocol and analyzers can check themselves against it), cross-checks what no single
 * plugin can (the Hamiltonian is Hermitian, the protocol attaches only defined reservoirs, leads meet a substance
 * with a particle number), prepares the initial state, and wires the engine with Guice.
 */
public final class SimulationFactory {

    /** Largest allowed |H - H^dag| entry, relative to the largest entry of H (at least 1). */
    static final double HERMITICITY_TOLERANCE = 1e-10;

    /** Guice's switch for generating byte code in place of reflection (constructor calls, method interception). */
    private static final String GUICE_BYTECODE = "guice_bytecode_gen_option";

    static {
        // One injection per simulation gains nothing from generated constructor calls, and generating them (with
        // Guice's bundled ASM, in every process) was a third of the injector's cold start, about 15 ms.
        if (System.getProperty(GUICE_BYTECODE) == null) {
            System.setProperty(GUICE_BYTECODE, "DISABLED");
        }
    }

    private final PluginRegistry registry;

    public SimulationFactory(PluginRegistry registry) {
        this.registry = registry;
    }

    /**
     * Creates the plugins and wires the simulation.
     *
     * @throws ConfigurationException when a plugin rejects its configuration or the parts do not fit together
     */
    public Simulation create(ScenarioSpec spec) {
        QuantumMath math = KernelMath.create();
        Set<String> names = Collections.unmodifiableSet(new LinkedHashSet<>(spec.reservoirs().keySet()));
        Map<String, Reservoir> reservoirs = new LinkedHashMap<>();
        WorkingSubstance substance = create(PluginKind.SUBSTANCE, spec.substance(), WorkingSubstance.class,
                new Context(Optional.empty(), names, reservoirs, math));
        Context context = new Context(Optional.of(substance), names, reservoirs, math);

        for (Map.Entry<String, PluginBlock> entry : spec.reservoirs().entrySet()) {
            Reservoir reservoir = create(PluginKind.RESERVOIR, entry.getValue(), Reservoir.class, context);
            if (reservoir.exchangesParticles() && substance.particleNumber().isEmpty()) {
                throw new ConfigurationException(entry.getValue().path(), "type", "the reservoir exchanges particles"
                        + " but the substance '" + spec.substance().type() + "' has no particle-number operator");
            }
            reservoirs.put(entry.getKey(), reservoir);
        }
        Schedule schedule = create(PluginKind.PROTOCOL, spec.protocol(), DriveProtocol.class, context).schedule();
        for (Segment segment : schedule.segments()) {
            for (String name : segment.reservoirs()) {
                if (!names.contains(name)) {
                    throw new ConfigurationException(spec.protocol().path(), "", "the protocol attaches the reservoir '"
                            + name + "' in its '" + segment.stroke() + "' stroke, but the scenario defines "
                            + (names.isEmpty() ? "no reservoirs" : "only " + String.join(", ", names)));
                }
            }
        }
        Solver solver = create(PluginKind.SOLVER, spec.solver(), Solver.class, context);
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        for (PluginBlock block : spec.analyzers()) {
            analyzers.put(block.type(), create(PluginKind.ANALYZER, block, Analyzer.class, context));
        }

        Operator h0 = substance.hamiltonian(schedule.initialControl());
        checkHermitian(spec.substance(), h0, schedule.initialControl());
        OptionalDouble firstTemperature = reservoirs.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(reservoirs.values().iterator().next().temperature());
        // An initial state the scenario names is prepared (and checked) now; the default thermal state cannot be wrong,
        // and is prepared only if the run needs it.
        Supplier<Operator> initial;
        if (spec.initial().isPresent()) {
            Operator named = InitialStates.prepare(spec.initial().get(), h0, firstTemperature, math);
            initial = () -> named;
        } else {
            initial = () -> InitialStates.prepare(null, h0, firstTemperature, math);
        }

        Machine machine = new Machine(spec.name(), substance, reservoirs, schedule, solver, analyzers, initial,
                spec.samples());
        return Guice.createInjector(new SimulationModule(machine, math)).getInstance(Simulation.class);
    }

    private <T> T create(PluginKind kind, PluginBlock block, Class<T> type, ScenarioContext context) {
        PluginProvider<?> provider = registry.find(kind, block.type()).orElseThrow(() ->
                new ConfigurationException(block.path(), "type", "unknown " + kind.label() + " type '" + block.type()
                        + "'; installed: " + String.join(", ", registry.types(kind))));
        try {
            return type.cast(provider.create(block.parameters(), context));
        } catch (InvalidParameterException e) {
            throw new ConfigurationException(block.path(), e.key(), e.getMessage());
        }
    }

    private static void checkHermitian(PluginBlock block, Operator h, double lambda) {
        double error = h.hermiticityError();
        if (!(error <= HERMITICITY_TOLERANCE * Math.max(1.0, h.maxAbs()))) {
            throw new ConfigurationException(block.path(), "", "the Hamiltonian at lambda = " + lambda
                    + " is not Hermitian: largest |H - H^dag| entry " + error);
        }
    }

    /**
     * What plugins may know about the scenario while they are created; temperatures appear as the reservoirs are
     * created (the map is filled in declaration order before the protocol is created).
     */
    private record Context(Optional<WorkingSubstance> substance, Set<String> reservoirNames,
                           Map<String, Reservoir> reservoirs, QuantumMath math) implements ScenarioContext {

        @Override
        public OptionalDouble temperature(String reservoir) {
            Reservoir r = reservoirs.get(reservoir);
            return r == null ? OptionalDouble.empty() : OptionalDouble.of(r.temperature());
        }
    }
}
