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
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;

/**
 * The {@code ramp} protocol: lambda moves once from {@code from} to {@code to}, closed by default or with the listed
 * reservoirs attached (then the dissipator follows the instantaneous eigenbasis: the adiabatic master equation). The
 * initial state is prepared at {@code from}.
 *
 * <p>A duration of 0 is a sudden quench. Its schedule has two segments of zero length, "start" holding
 * {@code from} and "ramp" holding {@code to}, so that the initial state is prepared at {@code from} and the engine
 * books the work of the jump, Tr(rho (H(to) - H(from))), while the state stays the same.
 */
@ServiceProvider(ProtocolProvider.class)
public final class RampProvider implements ProtocolProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.real("from", "lambda at the start, where the initial state is prepared.").unit("energy"),
            Parameter.real("to", "lambda at the end.").unit("energy"),
            Parameter.real("duration", "How long the ramp takes; 0 for a sudden quench (lambda jumps, the state "
                    + "stays).").unit("time").atLeast(0),
            RampShapes.parameter("shape", "How lambda moves from 'from' to 'to'."),
            Parameter.names("reservoirs", "The reservoirs attached while lambda moves; default: none (a closed "
                    + "system).").unit("").optional());

    @Override
    public String type() {
        return "ramp";
    }

    @Override
    public String description() {
        return "Moves the control once from one value to another, closed or with reservoirs attached (default: "
                + "closed); duration 0 is a sudden quench.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public DriveProtocol create(ParameterValues parameters, ScenarioContext context) {
        Set<String> attached = ReservoirNames.attached("reservoirs", parameters, context, false);
        double from = parameters.real("from");
        double to = parameters.real("to");
        double duration = parameters.real("duration");
        Segment ramp = new Segment("ramp", duration,
                Control.ramp(from, to, duration, RampShapes.of(parameters, "shape")), attached);
        Schedule schedule = Schedule.once(duration > 0.0 ? List.of(ramp)
                : List.of(new Segment("start", 0.0, Control.constant(from), attached), ramp));
        return () -> schedule;
    }
}
