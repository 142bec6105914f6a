package org.szilard.plugin.protocols;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import java.util.Set;
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
 * The {@code counterdiabatic} protocol: a ramp of lambda from {@code from} to {@code to} with the counterdiabatic
 * term lambda'(t) A(lambda) added to H (A the adiabatic gauge potential of the instantaneous eigenbasis; Demirplak and
 * Rice 2003, Berry 2009), so that however fast the ramp, a state diagonal in the eigenbasis of H(from) stays diagonal
 * in the eigenbasis of H(lambda(t)) with the same populations. One segment, "counterdiabatic"; the initial state is
 * prepared at {@code from}.
 *
 * <p>The default shape is sine, whose speed is zero at both ends, so that H + lambda' A equals H there. A linear
 * ramp switches the term on and off suddenly; the kernel books that switch as quench work (zero for states diagonal
 * in the eigenbasis). A path on which dH/dlambda couples degenerate levels (a level crossing) has no gauge potential
 * there, and the run stops with an error naming the place.
 */
@ServiceProvider(ProtocolProvider.class)
public final class CounterdiabaticProvider implements ProtocolProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.real("from", "lambda at the start, where the initial state is prepared.").unit("energy"),
            Parameter.real("to", "lambda at the end.").unit("energy"),
            Parameter.real("duration", "How long the ramp takes.").unit("time").above(0),
            RampShapes.parameter("shape", "How lambda moves from 'from' to 'to'; sine has zero speed at both ends, "
                    + "so the counterdiabatic term vanishes there.").defaultValue(RampShape.SINE.id()),
            Parameter.names("reservoirs", "The reservoirs attached during the ramp (their jumps follow the "
                    + "eigenbasis of H, without the counterdiabatic term); default: none (a closed system).")
                    .unit("").optional());

    @Override
    public String type() {
        return "counterdiabatic";
    }

    @Override
    public String description() {
        return "A ramp of the control with the counterdiabatic term lambda' A(lambda) added, so that a fast ramp "
                + "follows the instantaneous eigenbasis (default: closed, sine shape).";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public DriveProtocol create(ParameterValues parameters, ScenarioContext context) {
        Set<String> attached = ReservoirNames.attached("reservoirs", parameters, context, false);
        double duration = parameters.real("duration");
        Control ramp = Control.ramp(parameters.real("from"), parameters.real("to"), duration,
                RampShapes.of(parameters, "shape"));
        Schedule schedule = Schedule.once(List.of(new Segment("counterdiabatic", duration, ramp, attached, true)));
        return () -> schedule;
    }
}
