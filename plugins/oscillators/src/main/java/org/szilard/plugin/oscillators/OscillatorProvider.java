package org.szilard.plugin.oscillators;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

/**
 * The {@code oscillator} substance: a harmonic oscillator truncated to N Fock levels, either
 * H = lambda (n + 1/2) ({@code model: number}) or H = (p^2 + lambda^2 x^2)/2 in the Fock basis of the reference
 * frequency ({@code model: parametric}).
 */
@ServiceProvider(SubstanceProvider.class)
public final class OscillatorProvider implements SubstanceProvider {

    private static final String NUMBER = "number";
    private static final String PARAMETRIC = "parametric";
    private static final String REFERENCE_FREQUENCY = "referenceFrequency";

    /** The largest dimension whose dense density matrix (2 N^2 doubles) fits one Java array. */
    private static final int MAX_LEVELS = 32767;

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("levels", "The number N of Fock levels kept, |0> ... |N-1>; the results carry a "
                    + "warning when the top level holds more than 1e-6 of the population.").unit("").atLeast(2)
                    .atMost(MAX_LEVELS),
            Parameter.choice("model", "number: H = lambda (n + 1/2), lambda the frequency; parametric: "
                    + "H = (p^2 + lambda^2 x^2)/2, lambda^2 the spring constant, in the Fock basis of "
                    + "referenceFrequency.", NUMBER, PARAMETRIC).unit("").defaultValue(NUMBER),
            Parameter.real(REFERENCE_FREQUENCY, "The frequency w0 whose Fock basis the parametric model uses, "
                    + "x = (a + a^dag)/sqrt(2 w0); default 1. Only for model: parametric.")
                    .unit("energy").above(0).optional());

    @Override
    public String type() {
        return "oscillator";
    }

    @Override
    public String description() {
        return "A harmonic oscillator truncated to N levels: H = lambda (n + 1/2) or (p^2 + lambda^2 x^2)/2; "
                + "couples through a + a^dag, or the named operators x, p, n (a + a^dag, i(a^dag - a), a^dag a).";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
        int levels = (int) parameters.integer("levels");
        if (parameters.text("model").equals(PARAMETRIC)) {
            double w0 = parameters.has(REFERENCE_FREQUENCY) ? parameters.real(REFERENCE_FREQUENCY) : 1.0;
            return new ParametricOscillator(levels, w0);
        }
        if (parameters.has(REFERENCE_FREQUENCY)) {
            throw new InvalidParameterException(REFERENCE_FREQUENCY,
                    "referenceFrequency applies to model: parametric only; the number model has no reference basis");
        }
        return new NumberOscillator(levels);
    }
}
