package org.szilard.plugin.protocols;

import java.util.List;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.protocol.Segment;

/**
 * The parameters a cyclic protocol shares with the others (how many cycles, when the limit cycle counts as reached,
 * which reservoirs are hot and cold), declared once with the same names, defaults and ranges as {@code otto}, and
 * the cyclic schedule they describe.
 */
final class CycleParameters {

    /** {@code maxCycles}: the most cycles to run while looking for the limit cycle (default 200). */
    static final Parameter MAX_CYCLES =
            Parameter.integer("maxCycles", "The most cycles to run while looking for the limit cycle.")
                    .unit("").atLeast(1).defaultValue(200);

    /** {@code cycleTolerance}: trace distance between consecutive cycle starts that ends the run (default 1e-9). */
    static final Parameter CYCLE_TOLERANCE = Parameter.real("cycleTolerance",
                    "Trace distance between the states at two consecutive cycle starts that counts as the limit cycle.")
            .unit("").above(0).defaultValue(1e-9);

    /** {@code cycles}: an exact number of cycles instead of stopping at the limit cycle (optional). */
    static final Parameter CYCLES =
            Parameter.integer("cycles", "Run exactly this many cycles instead of stopping at the limit cycle.")
                    .unit("").atLeast(1).optional();

    private CycleParameters() {
    }

    /** {@code hotReservoir}, default "hot": the reservoir attached on the given stroke ("hot isotherm"). */
    static Parameter hotReservoir(String stroke) {
        return Parameter.text("hotReservoir", "The reservoir attached on the " + stroke + ".").unit("")
                .defaultValue("hot");
    }

    /** {@code coldReservoir}, default "cold": the reservoir attached on the given stroke ("cold isotherm"). */
    static Parameter coldReservoir(String stroke) {
        return Parameter.text("coldReservoir", "The reservoir attached on the " + stroke + ".").unit("")
                .defaultValue("cold");
    }

    /**
     * The cyclic schedule of {@code cycle}, repeated as {@code maxCycles}, {@code cycleTolerance} and {@code cycles}
     * say.
     */
    static Schedule schedule(List<Segment> cycle, ParameterValues parameters) {
        int exactCycles = parameters.has(CYCLES.name()) ? cycleCount(parameters, CYCLES.name()) : 0;
        return new Schedule(cycle, true, cycleCount(parameters, MAX_CYCLES.name()),
                parameters.real(CYCLE_TOLERANCE.name()), exactCycles);
    }

    private static int cycleCount(ParameterValues parameters, String key) {
        long cycles = parameters.integer(key);
        if (cycles > Integer.MAX_VALUE) {
            throw new InvalidParameterException(key, "at most " + Integer.MAX_VALUE + " cycles, got " + cycles);
        }
        return (int) cycles;
    }
}
