package org.szilard.plugin.protocols;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import java.util.OptionalDouble;
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
 * The {@code carnot} protocol, the quantum Carnot cycle through the control values l1, l2, l3, l4: a hot isotherm
 * (lambda from l1 to l2 with the hot reservoir attached while it moves, so the dissipator follows the instantaneous
 * eigenbasis), an expansion (l2 to l3, closed), a cold isotherm (l3 to l4, cold reservoir attached) and a compression
 * (l4 to l1, closed), repeated up to the limit cycle or for an exact number of cycles. The initial state is prepared
 * at l1.
 *
 * <p>Given as [l1, l2], the cycle is completed with l3 = l2 Tc/Th and l4 = l1 Tc/Th, which for H = lambda h makes the
 * closed strokes map the Gibbs state at one bath onto the Gibbs state at the other (l/T is kept); the temperatures
 * come from the {@link ScenarioContext}.
 *
 * <p>An adiabat of duration 0 is a sudden quench, as in {@code otto}. All four strokes use the {@code ramp} shape.
 */
@ServiceProvider(ProtocolProvider.class)
public final class CarnotProvider implements ProtocolProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.reals("control", "lambda at the corners [l1, l2, l3, l4] (hot isotherm l1 -> l2, expansion "
                    + "l2 -> l3, cold isotherm l3 -> l4, compression l4 -> l1), or [l1, l2] with l3 = l2 Tc/Th and "
                    + "l4 = l1 Tc/Th.").unit("energy"),
            Parameter.group("durations", "The durations of the four strokes.",
                    Parameter.real("hot", "The hot isotherm (l1 -> l2, the hot reservoir attached).").unit("time")
                            .above(0),
                    Parameter.real("expansion", "The expansion (l2 -> l3, closed); 0 for a sudden quench.")
                            .unit("time").atLeast(0),
                    Parameter.real("cold", "The cold isotherm (l3 -> l4, the cold reservoir attached).").unit("time")
                            .above(0),
                    Parameter.real("compression", "The compression (l4 -> l1, closed); 0 for a sudden quench.")
                            .unit("time").atLeast(0)),
            CycleParameters.MAX_CYCLES,
            CycleParameters.CYCLE_TOLERANCE,
            CycleParameters.CYCLES,
            CycleParameters.hotReservoir("hot isotherm"),
            CycleParameters.coldReservoir("cold isotherm"),
            RampShapes.parameter("ramp", "The shape of the four ramps (isotherms and adiabats)."));

    @Override
    public String type() {
        return "carnot";
    }

    @Override
    public String description() {
        return "The quantum Carnot cycle: hot isotherm, expansion, cold isotherm, compression, up to the limit "
                + "cycle.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public DriveProtocol create(ParameterValues parameters, ScenarioContext context) {
        String hot = ReservoirNames.requireDefined("hotReservoir", parameters.text("hotReservoir"), context);
        String cold = ReservoirNames.requireDefined("coldReservoir", parameters.text("coldReservoir"), context);
        double[] l = corners(parameters.reals("control"), context, hot, cold);
        ParameterValues durations = parameters.group("durations");
        RampShape shape = RampShapes.of(parameters, "ramp");
        List<Segment> cycle = List.of(
                stroke("hot", durations, l[0], l[1], shape, Set.of(hot)),
                stroke("expansion", durations, l[1], l[2], shape, Set.of()),
                stroke("cold", durations, l[2], l[3], shape, Set.of(cold)),
                stroke("compression", durations, l[3], l[0], shape, Set.of()));
        Schedule schedule = CycleParameters.schedule(cycle, parameters);
        return () -> schedule;
    }

    private static Segment stroke(String name, ParameterValues durations, double from, double to, RampShape shape,
                                  Set<String> reservoirs) {
        double duration = durations.real(name);
        return new Segment(name, duration, Control.ramp(from, to, duration, shape), reservoirs);
    }

    /** [l1, l2, l3, l4] from the four given values, or from two and the temperature ratio of the reservoirs. */
    private double[] corners(List<Double> control, ScenarioContext context, String hot, String cold) {
        if (control.size() == 4) {
            return control.stream().mapToDouble(Double::doubleValue).toArray();
        }
        if (control.size() != 2) {
            throw new InvalidParameterException("control", "expected [l1, l2, l3, l4] or [l1, l2], got "
                    + control.size() + " values");
        }
        OptionalDouble th = context.temperature(hot);
        OptionalDouble tc = context.temperature(cold);
        if (th.isEmpty() || tc.isEmpty()) {
            throw new InvalidParameterException("control", "give all four values [l1, l2, l3, l4]: completing "
                    + "[l1, l2] needs the temperatures of '" + hot + "' and '" + cold + "', which are not known");
        }
        if (!(th.getAsDouble() > 0.0)) {
            throw new InvalidParameterException("control", "[l1, l2] is completed with the ratio Tc/Th, but '" + hot
                    + "' has temperature " + th.getAsDouble() + "; give all four values [l1, l2, l3, l4]");
        }
        double ratio = tc.getAsDouble() / th.getAsDouble();
        double l1 = control.get(0);
        double l2 = control.get(1);
        return new double[] {l1, l2, l2 * ratio, l1 * ratio};
    }
}
