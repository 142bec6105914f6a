package org.szilard.plugin.protocols;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import java.util.Set;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.protocol.Control;
import org.szilard.api.protocol.DriveProtocol;
import org.szilard.api.protocol.ProtocolProvider;
import org.szilard.api.protocol.RampShape;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;

/**
 * The {@code otto} protocol, the quantum Otto cycle: a hot isochore (control fixed at {@code control.hot}, hot
 * reservoir attached), an expansion (closed ramp to {@code control.cold}), a cold isochore (cold reservoir attached)
 * and a compression (closed ramp back), repeated up to the limit cycle or for an exact number of cycles. The initial
 * state is prepared at the hot isochore's control value.
 *
 * <p>An adiabat of duration 0 is a sudden quench: its segment holds the new control value, so lambda jumps at the
 * segment boundary while the state stays the same.
 *
 * <p>With {@code counterdiabatic: true} both adiabats carry the counterdiabatic term lambda'(t) A(lambda) (see the
 * {@code counterdiabatic} protocol), so that short strokes keep the populations in the instantaneous eigenbasis
 * and the cycle does the quasi-static work however fast the strokes run (del Campo, Goold and Paternostro, Sci. Rep.
 * 4, 6208, 2014). A sudden stroke cannot carry it: both adiabats must then last longer than 0.
 */
@ServiceProvider(ProtocolProvider.class)
public final class OttoProvider implements ProtocolProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.group("control", "The control values of the two isochores.",
                    Parameter.real("hot", "lambda on the hot isochore (and where the initial state is prepared).")
                            .unit("energy"),
                    Parameter.real("cold", "lambda on the cold isochore.").unit("energy")),
            Parameter.group("durations", "The durations of the four strokes.",
                    Parameter.real("hot", "The hot isochore (the hot reservoir acts only here).").unit("time").above(0),
                    Parameter.real("expansion", "The expansion (hot -> cold control); 0 for a sudden quench.")
                            .unit("time").atLeast(0),
                    Parameter.real("cold", "The cold isochore (the cold reservoir acts only here).").unit("time").above(0),
                    Parameter.real("compression", "The compression (cold -> hot control); 0 for a sudden quench.")
                            .unit("time").atLeast(0)),
            CycleParameters.MAX_CYCLES,
            CycleParameters.CYCLE_TOLERANCE,
            CycleParameters.CYCLES,
            CycleParameters.hotReservoir("hot isochore"),
            CycleParameters.coldReservoir("cold isochore"),
            RampShapes.parameter("ramp", "The shape of the two adiabatic ramps."),
            Parameter.flag("counterdiabatic", "Add the counterdiabatic term lambda' A(lambda) on the two adiabatic "
                    + "ramps, so that they follow the instantaneous eigenbasis however short they are.").unit("")
                    .defaultValue(false));

    @Override
    public String type() {
        return "otto";
    }

    @Override
    public String description() {
        return "The quantum Otto cycle: hot isochore, expansion, cold isochore, compression, up to the limit cycle.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public DriveProtocol create(ParameterValues parameters, ScenarioContext context) {
        ParameterValues control = parameters.group("control");
        ParameterValues durations = parameters.group("durations");
        double hot = control.real("hot");
        double cold = control.real("cold");
        String hotReservoir = ReservoirNames.requireDefined("hotReservoir", parameters.text("hotReservoir"), context);
        String coldReservoir =
                ReservoirNames.requireDefined("coldReservoir", parameters.text("coldReservoir"), context);
        RampShape shape = RampShapes.of(parameters, "ramp");
        double expansion = durations.real("expansion");
        double compression = durations.real("compression");
        boolean counterdiabatic = parameters.flag("counterdiabatic");
        if (counterdiabatic && (expansion == 0.0 || compression == 0.0)) {
            throw new InvalidParameterException("counterdiabatic", "a sudden stroke (duration 0) cannot follow the "
                    + "eigenbasis; give both adiabats a positive duration or drop counterdiabatic");
        }
        List<Segment> cycle = List.of(
                new Segment("hot", durations.real("hot"), Control.constant(hot), Set.of(hotReservoir)),
                new Segment("expansion", expansion, Control.ramp(hot, cold, expansion, shape), Set.of(),
                        counterdiabatic),
                new Segment("cold", durations.real("cold"), Control.constant(cold), Set.of(coldReservoir)),
                new Segment("compression", compression, Control.ramp(cold, hot, compression, shape), Set.of(),
                        counterdiabatic));
        Schedule schedule = CycleParameters.schedule(cycle, parameters);
        return () -> schedule;
    }
}
