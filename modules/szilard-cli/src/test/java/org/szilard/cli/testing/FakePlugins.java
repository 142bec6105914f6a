package org.szilard.cli.testing;

import java.util.ArrayList;
import java.util.List;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.AnalyzerProvider;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.PluginProvider;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.protocol.DriveProtocol;
import org.szilard.api.protocol.ProtocolProvider;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.reservoir.ReservoirProvider;
import org.szilard.api.solver.Solver;
import org.szilard.api.solver.SolverProvider;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.kernel.registry.PluginKind;
import org.szilard.kernel.registry.PluginRegistry;

/**
 * Small fake providers with the parameters of the real plugins' shapes, for validating scenarios without the
 * plugin modules. They are never created: tests replace the simulation factory.
 */
public final class FakePlugins {

    private FakePlugins() {
    }

    /** A provider that only describes itself. */
    private abstract static class Fake<T> implements PluginProvider<T> {
        private final String type;
        private final List<Parameter> parameters;

        Fake(String type, Parameter... parameters) {
            this.type = type;
            this.parameters = List.of(parameters);
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public String description() {
            return "fake " + type;
        }

        @Override
        public List<Parameter> parameters() {
            return parameters;
        }

        @Override
        public T create(ParameterValues values, ScenarioContext context) {
            throw new UnsupportedOperationException("fake plugins are never created");
        }
    }

    static final class Substance extends Fake<WorkingSubstance> implements SubstanceProvider {
        Substance(String type, Parameter... parameters) {
            super(type, parameters);
        }
    }

    static final class OtherSubstance extends Fake<WorkingSubstance> implements SubstanceProvider {
        OtherSubstance(String type) {
            super(type);
        }
    }

    static final class Bath extends Fake<Reservoir> implements ReservoirProvider {
        Bath(String type, Parameter... parameters) {
            super(type, parameters);
        }
    }

    static final class Protocol extends Fake<DriveProtocol> implements ProtocolProvider {
        Protocol(String type, Parameter... parameters) {
            super(type, parameters);
        }
    }

    static final class Propagator extends Fake<Solver> implements SolverProvider {
        Propagator(String type, Parameter... parameters) {
            super(type, parameters);
        }
    }

    static final class Analysis extends Fake<Analyzer> implements AnalyzerProvider {
        Analysis(String type, Parameter... parameters) {
            super(type, parameters);
        }
    }

    /** Every fake provider. */
    public static List<PluginProvider<?>> all() {
        return List.of(
                new Substance("spin",
                        Parameter.real("spin", "spin quantum number j").above(0),
                        Parameter.real("transverse", "transverse field").unit("energy").defaultValue(0)),
                new Substance("matrix",
                        Parameter.matrix("h0", "the constant part of H"),
                        Parameter.matrix("h1", "the part of H multiplied by lambda"),
                        Parameter.names("operators", "names of coupling operators").optional(),
                        Parameter.flag("check", "check hermiticity").defaultValue(true)),
                new Bath("bosonic",
                        Parameter.real("temperature", "bath temperature").unit("energy").atLeast(0),
                        Parameter.real("coupling", "coupling gamma").unit("rate").above(0).defaultValue(1.0),
                        Parameter.choice("spectrum", "spectral density", "flat", "ohmic").defaultValue("flat"),
                        Parameter.text("operator", "coupling operator name").optional()),
                new Protocol("otto",
                        Parameter.group("control", "lambda on the isochores",
                                Parameter.real("hot", "on the hot isochore"),
                                Parameter.real("cold", "on the cold isochore")),
                        Parameter.group("durations", "stroke durations",
                                Parameter.real("hot", "hot isochore").unit("time").atLeast(0),
                                Parameter.real("expansion", "expansion").unit("time").atLeast(0),
                                Parameter.real("cold", "cold isochore").unit("time").atLeast(0),
                                Parameter.real("compression", "compression").unit("time").atLeast(0)),
                        Parameter.integer("maxCycles", "most cycles run").atLeast(1).defaultValue(200),
                        Parameter.reals("levels", "extra control values").atLeast(0).optional()),
                new Protocol("hold",
                        Parameter.real("control", "lambda"),
                        Parameter.real("duration", "how long").unit("time").atLeast(0)),
                new Propagator("lindblad",
                        Parameter.real("tolerance", "error tolerance").above(0).defaultValue(1e-10)),
                new Propagator("unitary"),
                new Analysis("energetics"),
                new Analysis("entropy"),
                new Analysis("entanglement",
                        Parameter.integer("split", "subsystems in part A").atLeast(1).defaultValue(1)));
    }

    /** A registry of every fake provider. */
    public static PluginRegistry registry() {
        return PluginRegistry.of(all());
    }

    /** A registry of the fake providers except those of one family. */
    public static PluginRegistry registryWithout(PluginKind left) {
        List<PluginProvider<?>> kept = new ArrayList<>(all());
        kept.removeIf(p -> PluginKind.of(p) == left);
        return PluginRegistry.of(kept);
    }

    /** A registry of the fake providers except one type of one family. */
    public static PluginRegistry registryWithout(PluginKind kind, String type) {
        List<PluginProvider<?>> kept = new ArrayList<>(all());
        kept.removeIf(p -> PluginKind.of(p) == kind && p.type().equals(type));
        return PluginRegistry.of(kept);
    }

    /** A registry where a second class also claims the substance type "spin", which the registry reports. */
    public static PluginRegistry registryWithConflict() {
        List<PluginProvider<?>> given = new ArrayList<>(all());
        given.add(new OtherSubstance("spin"));
        return PluginRegistry.of(given);
    }

    /** A scenario valid against these fakes, as YAML; line numbers are used by tests. */
    public static final String OTTO = String.join("\n",
            "name: fake-otto",                                               // 1
            "substance:",                                                    // 2
            "  type: spin",                                                  // 3
            "  spin: 0.5",                                                   // 4
            "reservoirs:",                                                   // 5
            "  hot:  { type: bosonic, temperature: 4.0, coupling: 1 }",      // 6
            "  cold: { type: bosonic, temperature: 1 }",                     // 7
            "protocol:",                                                     // 8
            "  type: otto",                                                  // 9
            "  control: { hot: 4, cold: 2.0 }",                              // 10
            "  durations: { hot: 40, expansion: 1, cold: 40, compression: 1 }", // 11
            "analyzers: [energetics, { type: entanglement, split: 2 }]",     // 12
            "");
}
