package org.szilard.kernel.engine;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.szilard.api.operator.QuantumMath;
import org.szilard.kernel.dynamics.OpenSystem;

/**
 * Guice wiring of one simulation: the scenario's plugins (already created by their providers) and the kernel's
 * services. Plugins never see Guice; one injector is built per simulation.
 */
final class SimulationModule extends AbstractModule {

    private final Machine machine;
    private final QuantumMath math;

    SimulationModule(Machine machine, QuantumMath math) {
        this.machine = machine;
        this.math = math;
    }

    @Override
    protected void configure() {
        bind(Machine.class).toInstance(machine);
        bind(QuantumMath.class).toInstance(math);
        bind(Simulation.class).to(Engine.class);
    }

    @Provides
    @Singleton
    OpenSystem openSystem(Machine m, QuantumMath quantumMath) {
        return new OpenSystem(m.substance(), m.reservoirs(), quantumMath);
    }
}
