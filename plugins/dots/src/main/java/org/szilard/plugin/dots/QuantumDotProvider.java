package org.szilard.plugin.dots;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

/**
 * The {@code quantum-dot} substance: one spinless level (H = lambda n) or two coupled ones
 * (H = energy N + (lambda/2)(n_0 - n_1) + t (d_0^dag d_1 + h.c.) + U n_0 n_1), for fermionic leads.
 */
@ServiceProvider(SubstanceProvider.class)
public final class QuantumDotProvider implements SubstanceProvider {

    private static final List<String> TWO_DOT_PARAMETERS = List.of("tunneling", "interaction", "energy");

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("dots", "The number of dots: 1 (lambda is the level energy) or 2 (lambda is the "
                    + "detuning eps_0 - eps_1, the levels being energy +- lambda/2).").unit("").atLeast(1).atMost(2)
                    .defaultValue(1),
            Parameter.real("tunneling", "The tunneling amplitude t in t (d_0^dag d_1 + d_1^dag d_0); two dots only.")
                    .unit("energy").defaultValue(0.0),
            Parameter.real("interaction", "The interdot Coulomb energy U in U n_0 n_1; two dots only.")
                    .unit("energy").defaultValue(0.0),
            Parameter.real("energy", "The mean level energy of the two dots, energy (n_0 + n_1); two dots only.")
                    .unit("energy").defaultValue(0.0));

    @Override
    public String type() {
        return "quantum-dot";
    }

    @Override
    public String description() {
        return "One or two spinless quantum-dot levels: H = lambda n, or H = energy N + (lambda/2)(n_0 - n_1) "
                + "+ t (d_0^dag d_1 + h.c.) + U n_0 n_1; sites are the dots, for fermionic leads; named couplings "
                + "number, and dipole (the default) and hopping for two dots.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
        int dots = (int) parameters.integer("dots");
        if (dots == 1) {
            for (String name : TWO_DOT_PARAMETERS) {
                if (parameters.real(name) != 0.0) {
                    throw new InvalidParameterException(name, name + " needs two dots (dots: 2); a single dot has "
                            + "only its level energy, which is lambda");
                }
            }
        }
        return QuantumDots.of(dots, parameters.real("energy"), parameters.real("tunneling"),
                parameters.real("interaction"));
    }
}
