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
 * The {@code hold} protocol: the control stays at one value for a given time with the chosen reservoirs attached
 * (relaxation, or with duration 0 just the analysis of the initial state).
 */
@ServiceProvider(ProtocolProvider.class)
public final class HoldProvider implements ProtocolProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.real("control", "The constant control value lambda.").unit("energy"),
            Parameter.real("duration", "How long to hold; 0 analyses the initial state.").unit("time").atLeast(0),
            Parameter.names("reservoirs", "The attached reservoirs; default: all reservoirs of the scenario.")
                    .unit("").optional());

    @Override
    public String type() {
        return "hold";
    }

    @Override
    public String description() {
        return "Holds the control at a constant value for a duration with reservoirs attached (default: all).";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public DriveProtocol create(ParameterValues parameters, ScenarioContext context) {
        Set<String> attached = ReservoirNames.attached("reservoirs", parameters, context, true);
        Segment hold = new Segment("hold", parameters.real("duration"),
                Control.constant(parameters.real("control")), attached);
        Schedule schedule = Schedule.once(List.of(hold));
        return () -> schedule;
    }
}
