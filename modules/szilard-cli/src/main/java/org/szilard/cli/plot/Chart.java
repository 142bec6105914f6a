package org.szilard.cli.plot;

import java.util.List;

/**
 * A chart of curves in a plane, as plain numbers: what a PNG file shows, independent of how it is drawn.
 *
 * @param file the PNG file name
 * @param title the title
 * @param xLabel the horizontal axis label, with its unit
 * @param yLabel the vertical axis label, with its unit
 * @param style how the curves are drawn
 * @param curves the curves, at least one
 */
public record Chart(String file, String title, String xLabel, String yLabel, Style style, List<Curve> curves) {

    /** How a chart draws its curves. */
    public enum Style {
        /** Lines through the points in their order (a path, which may turn back on itself). */
        LINES,
        /** A vertical bar at each x, of height y: a histogram of a discrete distribution. */
        BARS
    }

    public Chart {
        curves = List.copyOf(curves);
    }
}
