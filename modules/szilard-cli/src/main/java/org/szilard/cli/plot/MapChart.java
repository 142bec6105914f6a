package org.szilard.cli.plot;

import java.util.List;

/**
 * A map over a rectangular grid: one value per cell, drawn as a colour (a heat map) or, when {@code categories} is
 * not empty, one colour per category with a legend.
 *
 * @param file the PNG file name
 * @param title the title
 * @param xLabel the horizontal axis label
 * @param yLabel the vertical axis label
 * @param x the cell centres along the horizontal axis, evenly spaced (not copied: do not modify)
 * @param y the cell centres along the vertical axis, evenly spaced (not copied: do not modify)
 * @param values {@code values[i][j]} belongs to {@code x[i]}, {@code y[j]}; for a category map the index into
 *               {@code categories}; NaN where undefined (not copied: do not modify)
 * @param valueLabel what the colour shows, with its unit (the legend title)
 * @param categories the category names of a category map, empty for a heat map
 */
public record MapChart(String file, String title, String xLabel, String yLabel, double[] x, double[] y,
                       double[][] values, String valueLabel, List<String> categories) {

    public MapChart {
        categories = List.copyOf(categories);
    }
}
