package org.szilard.plugin.reservoirs.bosonic;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.reservoir.ReservoirProvider;
import org.szilard.api.substance.WorkingSubstance;

/**
 * The {@code bosonic} reservoir: a thermal bath of bosons in the global (Davies) form, with a flat or ohmic spectral
 * density. With the ohmic density J(w) = w exp(-w / w_c) the coupling gamma is dimensionless; with the flat one it
 * is a rate.
 */
@ServiceProvider(ReservoirProvider.class)
public final class BosonicBathProvider implements ReservoirProvider {

    private static final String FLAT = "flat";
    private static final String OHMIC = "ohmic";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.real("temperature", "The bath temperature T (k_B = 1).").unit("energy").atLeast(0),
            Parameter.real("coupling", "The coupling gamma in the rates gamma J(w) (n(w) + 1) and gamma J(w) n(w).")
                    .unit("rate").atLeast(0).defaultValue(1.0),
            Parameter.choice("spectrum", "The spectral density: flat J(w) = 1, or ohmic J(w) = w exp(-w / cutoff).",
                    FLAT, OHMIC).unit("").defaultValue(FLAT),
            Parameter.real("cutoff", "The cutoff frequency w_c of the ohmic spectral density (ohmic only).")
                    .unit("energy").above(0).optional(),
            Parameter.choice("form", "How the dissipator is built: global (Davies, in the eigenbasis of the whole "
                    + "H); the local form is not available yet.", "global").unit("").defaultValue("global"),
            Parameter.text("operator", "A named coupling operator of the substance; default: its default coupling.")
                    .unit("").optional(),
            Parameter.real("dephasing", "The rate of pure dephasing in the energy eigenbasis (zero-frequency terms).")
                    .unit("rate").atLeast(0).defaultValue(0.0));

    @Override
    public String type() {
        return "bosonic";
    }

    @Override
    public String description() {
        return "A thermal bosonic bath (global Davies form): jumps between energy levels at rates obeying "
                + "detailed balance at the bath temperature.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Reservoir create(ParameterValues parameters, ScenarioContext context) {
        return new BosonicBath(parameters.real("temperature"), parameters.real("coupling"),
                spectralDensity(parameters), operator(parameters, context), parameters.real("dephasing"));
    }

    private static SpectralDensity spectralDensity(ParameterValues parameters) {
        boolean ohmic = parameters.text("spectrum").equals(OHMIC);
        boolean hasCutoff = parameters.has("cutoff");
        if (ohmic && !hasCutoff) {
            throw new InvalidParameterException("cutoff", "spectrum: ohmic needs a cutoff frequency (> 0)");
        }
        if (!ohmic && hasCutoff) {
            throw new InvalidParameterException("cutoff",
                    "a cutoff applies only to spectrum: ohmic, but the spectrum is " + parameters.text("spectrum"));
        }
        return ohmic ? SpectralDensity.ohmic(parameters.real("cutoff")) : SpectralDensity.flat();
    }

    private static Optional<String> operator(ParameterValues parameters, ScenarioContext context) {
        if (!parameters.has("operator")) {
            return Optional.empty();
        }
        String name = parameters.text("operator");
        WorkingSubstance substance = context.substance()
                .orElseThrow(() -> new IllegalStateException("the substance must be created before its reservoirs"));
        if (!substance.couplingOperators().containsKey(name)) {
            String available = substance.couplingOperators().isEmpty()
                    ? "the substance names no coupling operators"
                    : "available: " + String.join(", ", new TreeSet<>(substance.couplingOperators().keySet()));
            throw new InvalidParameterException("operator", "no coupling operator named '" + name + "'; " + available);
        }
        return Optional.of(name);
    }
}
