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
 * The {@code steady} protocol: the control stays at one value with the chosen reservoirs attached, and the run goes
 * straight to the steady state (no time stepping; the initial state does not matter). Work and heat are then rates:
 * the extracted power and the heat and particle currents in the steady state.
 */
@ServiceProvider(ProtocolProvider.class)
public final class SteadyProvider implements ProtocolProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.real("control", "The constant control value lambda.").unit("energy"),
            Parameter.names("reservoirs", "The attached reservoirs; default: all reservoirs of the scenario.")
                    .unit("").optional());

    @Override
    public String type() {
        return "steady";
    }

    @Override
    public String description() {
        return "Goes straight to the steady state at a constant control with reservoirs attached (default: all) and"
                + " reports power and heat currents.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public DriveProtocol create(ParameterValues parameters, ScenarioContext context) {
        Set<String> attached = ReservoirNames.attached("reservoirs", parameters, context, true);
        Schedule schedule = Schedule.steady(new Segment("steady", 0.0,
                Control.constant(parameters.real("control")), attached));
        return () -> schedule;
    }
}
