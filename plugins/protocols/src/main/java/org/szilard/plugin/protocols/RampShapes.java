package org.szilard.plugin.protocols;

import java.util.Arrays;
import java.util.Locale;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.protocol.RampShape;

/** The ramp-shape parameter that every protocol moving lambda declares the same way, and how to read it. */
final class RampShapes {

    private RampShapes() {
    }

    /**
     * A choice among the shapes of {@link RampShape} ("linear", "sine"), default linear: at a given duration the
     * constant speed dissipates least when a bath is attached, while sine starts and stops with zero speed.
     *
     * @param name the parameter's name ("shape", "ramp")
     * @param doc what the shape applies to
     */
    static Parameter parameter(String name, String doc) {
        String[] ids = Arrays.stream(RampShape.values()).map(RampShape::id).toArray(String[]::new);
        return Parameter.choice(name, doc, ids).unit("").defaultValue(RampShape.LINEAR.id());
    }

    /** The shape chosen under {@code name}. */
    static RampShape of(ParameterValues parameters, String name) {
        return RampShape.valueOf(parameters.text(name).toUpperCase(Locale.ROOT));
    }
}
