package org.szilard.api.protocol;

/** How a ramp moves between its end values, as progress f(x) from f(0) = 0 to f(1) = 1 with x = s / duration. */
public enum RampShape {
    /** f(x) = x: constant speed (abrupt start and stop). */
    LINEAR {
        @Override
        public double progress(double x) {
            return x;
        }

        @Override
        public double slope(double x) {
            return 1.0;
        }
    },
    /** f(x) = sin^2(pi x / 2): starts and stops with zero speed. */
    SINE {
        @Override
        public double progress(double x) {
            double s = Math.sin(0.5 * Math.PI * x);
            return s * s;
        }

        @Override
        public double slope(double x) {
            return 0.5 * Math.PI * Math.sin(Math.PI * x);
        }
    };

    /** f(x). */
    public abstract double progress(double x);

    /** f'(x). */
    public abstract double slope(double x);

    /** The scenario spelling: "linear", "sine". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
