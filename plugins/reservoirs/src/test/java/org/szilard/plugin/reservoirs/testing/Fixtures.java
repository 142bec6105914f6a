package org.szilard.plugin.reservoirs.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.operator.Spectrum;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.reservoir.InstantaneousSystem;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/** Stand-ins for what the kernel hands reservoir providers and reservoirs, and comparisons of their results. */
public final class Fixtures {

    /** The kernel's linear algebra. */
    public static final QuantumMath MATH = new EjmlQuantumMath();

    private Fixtures() {
    }

    /** The scenario context; {@code substance} is null while the substance itself is being created. */
    public static ScenarioContext context(WorkingSubstance substance) {
        return new Context(Optional.ofNullable(substance));
    }

    /** The substance at one control value; the spectrum is computed when asked for. */
    public static InstantaneousSystem at(WorkingSubstance substance, double lambda) {
        Operator h = substance.hamiltonian(lambda);
        Spectrum[] spectrum = new Spectrum[1];
        return new Snapshot(lambda, h, substance, () -> {
            if (spectrum[0] == null) {
                spectrum[0] = MATH.spectrum(h);
            }
            return spectrum[0];
        });
    }

    /** The substance at one control value, failing when a reservoir asks for the spectrum. */
    public static InstantaneousSystem withoutSpectrum(WorkingSubstance substance, double lambda) {
        return new Snapshot(lambda, substance.hamiltonian(lambda), substance, () -> {
            throw new AssertionError("the spectrum is not needed here");
        });
    }

    /** A provider's parameters with their defaults filled in, as the loader hands them over (modifiable). */
    public static Map<String, Object> defaults(PluginProvider<?> provider) {
        Map<String, Object> values = new HashMap<>();
        for (Parameter p : provider.parameters()) {
            p.defaultValue().ifPresent(v -> values.put(p.name(), v));
        }
        return values;
    }

    /** A provider's parameters by name. */
    public static Map<String, Parameter> parametersByName(PluginProvider<?> provider) {
        Map<String, Parameter> byName = new HashMap<>();
        provider.parameters().forEach(p -> byName.put(p.name(), p));
        return byName;
    }

    /** Creates a plugin for a scenario with the given substance. */
    public static <T> T create(PluginProvider<T> provider, Map<String, Object> values, WorkingSubstance substance) {
        return provider.create(new ParameterValues(values), context(substance));
    }

    /** Asserts that two operators agree entry by entry. */
    public static void assertClose(Operator expected, Operator actual, double tolerance) {
        double error = expected.minus(actual).maxAbs();
        assertTrue(error <= tolerance, () -> "off by " + error + ": expected " + expected + " but was " + actual);
    }

    /** Asserts that two lists of jumps agree: operators, rates, energies and particle numbers, in order. */
    public static void assertSameJumps(List<JumpOperator> expected, List<JumpOperator> actual, double tolerance) {
        assertTrue(expected.size() == actual.size(), () -> "expected " + expected + " but was " + actual);
        for (int k = 0; k < expected.size(); k++) {
            JumpOperator e = expected.get(k), a = actual.get(k);
            assertClose(e.operator(), a.operator(), tolerance);
            assertTrue(Math.abs(e.rate() - a.rate()) <= tolerance && Math.abs(e.energy() - a.energy()) <= tolerance
                    && e.particles() == a.particles(), () -> "expected " + e + " but was " + a);
        }
    }

    /** A scenario context whose substance, if any, is already built. */
    private record Context(Optional<WorkingSubstance> substance) implements ScenarioContext {

        @Override
        public Set<String> reservoirNames() {
            return Set.of("bath");
        }

        @Override
        public QuantumMath math() {
            return MATH;
        }
    }

    /** The substance at one control value. */
    private record Snapshot(double lambda, Operator hamiltonian, WorkingSubstance substance,
                            Supplier<Spectrum> spectrumSupplier) implements InstantaneousSystem {

        @Override
        public Spectrum spectrum() {
            return spectrumSupplier.get();
        }

        @Override
        public QuantumMath math() {
            return MATH;
        }
    }
}
