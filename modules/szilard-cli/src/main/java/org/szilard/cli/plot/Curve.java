package org.szilard.cli.plot;

/**
 * One named line (or set of bars) of a chart: points in the order they are drawn, NaN where a value is undefined
 * (such a point is left out).
 *
 * @param name the legend entry
 * @param x the horizontal coordinates (not copied: do not modify)
 * @param y the vertical coordinates, as many as {@code x} (not copied: do not modify)
 */
public record Curve(String name, double[] x, double[] y) {

    public Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("curve " + name + ": " + x.length + " x values, " + y.length + " y");
        }
    }
}
