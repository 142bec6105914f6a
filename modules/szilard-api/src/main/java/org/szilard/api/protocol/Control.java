package org.szilard.api.protocol;

/**
 * The control value lambda as a function of the time s since the start of a segment, with its rate of change.
 */
public interface Control {

    /** lambda(s). */
    double value(double s);

    /** d lambda / ds. */
    double rate(double s);

    /** Whether lambda stays constant over the segment (then the generator is time independent). */
    boolean isConstant();

    /** A constant control. */
    static Control constant(double value) {
        return new Control() {
            @Override
            public double value(double s) {
                return value;
            }

            @Override
            public double rate(double s) {
                return 0.0;
            }

            @Override
            public boolean isConstant() {
                return true;
            }

            @Override
            public String toString() {
                return "constant " + value;
            }
        };
    }

    /**
     * A ramp from {@code from} to {@code to} over {@code duration} with the given shape. A zero duration is a sudden
     * quench: the segment holds {@code to}, and the engine books the work of the jump from the previous value.
     */
    static Control ramp(double from, double to, double duration, RampShape shape) {
        if (from == to || duration == 0.0) {
            return constant(to);
        }
        return new Control() {
            @Override
            public double value(double s) {
                return from + (to - from) * shape.progress(s / duration);
            }

            @Override
            public double rate(double s) {
                return (to - from) * shape.slope(s / duration) / duration;
            }

            @Override
            public boolean isConstant() {
                return false;
            }

            @Override
            public String toString() {
                return shape + " ramp " + from + " -> " + to;
            }
        };
    }
}
