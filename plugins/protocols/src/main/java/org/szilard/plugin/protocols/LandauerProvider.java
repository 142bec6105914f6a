package org.szilard.plugin.protocols;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.ArrayList;
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
 * The {@code landauer} protocol, erasure of information: lambda moves from {@code from} (near 0 a two-level system
 * is nearly maximally mixed, one bit of entropy ln 2) to {@code to} (|to| much larger than T leaves it in its ground
 * state) with one bath attached, stroke "erasure". The heat dissipated into the bath, -Q, is at least T Delta S with
 * Delta S = S_initial - S_final (Landauer's bound), approached by slow erasure. The initial state is prepared at
 * {@code from}.
 *
 * <p>With {@code reset: true} a second stroke, "reset", brings lambda back to {@code from} detached from the bath,
 * over {@code resetDuration} with the same shape, or suddenly when {@code resetDuration} is 0 (the default: the
 * engine books the work of the jump and the erased state stays as it is). Run once, not cyclic.
 */
@ServiceProvider(ProtocolProvider.class)
public final class LandauerProvider implements ProtocolProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.real("from", "lambda at the start, where the initial state is prepared (near 0: a maximally "
                    + "mixed bit).").unit("energy"),
            Parameter.real("to", "lambda at the end of the erasure (|to| much larger than T: the bit is reset).")
                    .unit("energy"),
            Parameter.real("duration", "How long the erasure ramp takes, with the bath attached.").unit("time")
                    .above(0),
            Parameter.text("reservoir", "The bath attached during the erasure; default: the scenario's only "
                    + "reservoir.").unit("").optional(),
            RampShapes.parameter("shape", "How lambda moves on the erasure and the reset."),
            Parameter.flag("reset", "Whether lambda then returns to 'from' detached from the bath.").unit("")
                    .defaultValue(false),
            Parameter.real("resetDuration", "How long the closed return to 'from' takes (with reset: true); 0 for a "
                    + "sudden quench.").unit("time").atLeast(0).defaultValue(0.0));

    @Override
    public String type() {
        return "landauer";
    }

    @Override
    public String description() {
        return "Landauer erasure: ramps the control with one bath attached, then optionally returns it to its start "
                + "detached (reset: true).";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public DriveProtocol create(ParameterValues parameters, ScenarioContext context) {
        String bath = bath(parameters, context);
        double from = parameters.real("from");
        double to = parameters.real("to");
        double duration = parameters.real("duration");
        RampShape shape = RampShapes.of(parameters, "shape");
        List<Segment> segments = new ArrayList<>(2);
        segments.add(new Segment("erasure", duration, Control.ramp(from, to, duration, shape), Set.of(bath)));
        if (parameters.flag("reset")) {
            double back = parameters.real("resetDuration");
            segments.add(new Segment("reset", back, Control.ramp(to, from, back, shape), Set.of()));
        }
        Schedule schedule = Schedule.once(segments);
        return () -> schedule;
    }

    /** The named reservoir, or the only one the scenario defines. */
    private static String bath(ParameterValues parameters, ScenarioContext context) {
        if (parameters.has("reservoir")) {
            return ReservoirNames.requireDefined("reservoir", parameters.text("reservoir"), context);
        }
        Set<String> names = context.reservoirNames();
        if (names.size() != 1) {
            throw new InvalidParameterException("reservoir", names.isEmpty()
                    ? "erasure needs a bath, but the scenario defines no reservoirs"
                    : "name the bath to erase with: the scenario defines " + String.join(", ", names));
        }
        return names.iterator().next();
    }
}
