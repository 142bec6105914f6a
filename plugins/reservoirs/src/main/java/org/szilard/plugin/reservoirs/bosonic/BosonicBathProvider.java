package org.szilard.plugin.reservoirs.bosonic;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import java.util.TreeSet;
import org.szilard.api.operator.Operator;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.reservoir.ReservoirProvider;
import org.szilard.api.substance.Site;
import org.szilard.api.substance.WorkingSubstance;
import org.szilard.plugin.reservoirs.common.Substances;

/**
 * The {@code bosonic} reservoir: a thermal bath of bosons with a flat or ohmic spectral density, in the global
 * (Davies) form or the local form. With the ohmic density J(w) = w exp(-w / w_c) the coupling gamma is
 * dimensionless; with the flat one it is a rate.
 *
 * <p>The global form couples through one Hermitian operator: the substance's default coupling, a named one
 * ({@code operator}) or a site's ({@code site}); naming both an operator and a site is an error. The local form
 * attaches to one site ({@code site}, which may be left out when the substance has exactly one) and takes neither
 * {@code operator} nor {@code dephasing}: its jumps are fixed by the site, and a dephasing term of the bare site
 * would have no component along the site's coupling.
 */
@ServiceProvider(ReservoirProvider.class)
public final class BosonicBathProvider implements ReservoirProvider {

    private static final String FLAT = "flat";
    private static final String OHMIC = "ohmic";
    private static final String GLOBAL = "global";
    private static final String LOCAL = "local";

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.real("temperature", "The bath temperature T (k_B = 1).").unit("energy").atLeast(0),
            Parameter.real("coupling", "The coupling gamma in the rates gamma J(w) (n(w) + 1) and gamma J(w) n(w).")
                    .unit("rate").atLeast(0).defaultValue(1.0),
            Parameter.choice("spectrum", "The spectral density: flat J(w) = 1, or ohmic J(w) = w exp(-w / cutoff).",
                    FLAT, OHMIC).unit("").defaultValue(FLAT),
            Parameter.real("cutoff", "The cutoff frequency w_c of the ohmic spectral density (ohmic only).")
                    .unit("energy").above(0).optional(),
            Parameter.choice("form", "How the dissipator is built: global (Davies: jumps between eigenstates of the "
                    + "whole H), or local (the site's lowering and raising operators at its bare splitting; may "
                    + "violate the second law).", GLOBAL, LOCAL).unit("").defaultValue(GLOBAL),
            Parameter.integer("site", "The site the bath attaches to (index into the substance's sites, from 0): "
                    + "global form through the site's coupling operator, local form through its ladder operators; "
                    + "default: the whole substance (global), its only site (local).").unit("").atLeast(0)
                    .optional(),
            Parameter.text("operator", "A named coupling operator of the substance (global form, without site); "
                    + "default: its default coupling.").unit("").optional(),
            Parameter.real("dephasing", "The rate of pure dephasing in the energy eigenbasis (zero-frequency terms;"
                    + " global form only).").unit("rate").atLeast(0).defaultValue(0.0));

    @Override
    public String type() {
        return "bosonic";
    }

    @Override
    public String description() {
        return "A thermal bosonic bath, global (Davies) form or local form: jumps at rates obeying detailed balance"
                + " at the bath temperature.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Reservoir create(ParameterValues parameters, ScenarioContext context) {
        BoseRates rates = new BoseRates(parameters.real("temperature"), parameters.real("coupling"),
                spectralDensity(parameters));
        WorkingSubstance substance = Substances.of(context);
        return parameters.text("form").equals(LOCAL)
                ? local(parameters, substance, rates)
                : global(parameters, substance, rates);
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

    private static Reservoir global(ParameterValues parameters, WorkingSubstance substance, BoseRates rates) {
        double dephasing = parameters.real("dephasing");
        if (parameters.has("site")) {
            if (parameters.has("operator")) {
                throw new InvalidParameterException("site", "give either site (the bath couples through that "
                        + "site's coupling operator) or operator (a named coupling operator), not both");
            }
            long site = parameters.integer("site");
            Operator coupling = Substances.site(substance, site).coupling();
            return new GlobalBosonicBath(rates, coupling, "of site " + site, dephasing);
        }
        if (parameters.has("operator")) {
            String name = parameters.text("operator");
            return new GlobalBosonicBath(rates, namedOperator(substance, name), "'" + name + "'", dephasing);
        }
        return new GlobalBosonicBath(rates, substance.defaultCoupling(), "(default)", dephasing);
    }

    private static Operator namedOperator(WorkingSubstance substance, String name) {
        Operator operator = substance.couplingOperators().get(name);
        if (operator == null) {
            String available = substance.couplingOperators().isEmpty()
                    ? "the substance names no coupling operators"
                    : "available: " + String.join(", ", new TreeSet<>(substance.couplingOperators().keySet()));
            throw new InvalidParameterException("operator", "no coupling operator named '" + name + "'; " + available);
        }
        return operator;
    }

    private static Reservoir local(ParameterValues parameters, WorkingSubstance substance, BoseRates rates) {
        if (parameters.has("operator")) {
            throw new InvalidParameterException("operator", "form: local couples through the site's lowering and "
                    + "raising operators; operator applies to the global form only");
        }
        if (parameters.real("dephasing") > 0.0) {
            throw new InvalidParameterException("dephasing", "form: local has no dephasing term; use form: global "
                    + "for dephasing in the energy eigenbasis");
        }
        int sites = substance.sites().size();
        if (!parameters.has("site") && sites != 1) {
            throw sites == 0
                    ? new InvalidParameterException("form", "form: local attaches to a site, but the substance has "
                            + "no sites; use form: global")
                    : new InvalidParameterException("site", "form: local needs the site to attach to: the substance "
                            + "has " + sites + " sites, 0 to " + (sites - 1));
        }
        long index = parameters.has("site") ? parameters.integer("site") : 0;
        Site site = Substances.site(substance, index);
        return new LocalBosonicBath(rates, (int) index, site);
    }
}
