package org.szilard.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws {@link Chart}s and {@link MapChart}s with JFreeChart into PNG images of {@value #WIDTH} x {@value #HEIGHT}
 * pixels, in memory, without a display (AWT runs headless).
 */
public final class PngPainter {

    /** The width of every image, in pixels. */
    public static final int WIDTH = 900;

    /** The height of every image, in pixels. */
    public static final int HEIGHT = 600;

    /** Colours of a heat map, from the lowest value to the highest (a perceptually ordered blue-yellow ramp). */
    private static final Color[] RAMP = {new Color(0x440154), new Color(0x3b528b), new Color(0x21918c),
        new Color(0x5ec962), new Color(0xfde725)};

    /** Colours of curves and of the categories of a category map, in order (readable on white). */
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0x7f7f7f)};

    private static final int RAMP_STEPS = 64;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private PngPainter() {
    }

    /** The PNG image of a chart of curves. */
    public static byte[] png(Chart chart) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Curve curve : chart.curves()) {
            XYSeries series = new XYSeries(curve.name(), false, true);
            for (int i = 0; i < curve.x().length; i++) {
                if (Double.isFinite(curve.x()[i]) && Double.isFinite(curve.y()[i])) {
                    series.add(curve.x()[i], curve.y()[i]);
                }
            }
            data.addSeries(series);
        }
        XYItemRenderer renderer;
        XYPlot plot;
        if (chart.style() == Chart.Style.BARS) {
            XYBarRenderer bars = new XYBarRenderer();
            bars.setBarPainter(new StandardXYBarPainter());
            bars.setShadowVisible(false);
            renderer = bars;
            plot = new XYPlot(new XYBarDataset(data, barWidth(chart.curves())), axis(chart.xLabel()),
                    axis(chart.yLabel()), renderer);
        } else {
            XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
            renderer = lines;
            plot = new XYPlot(data, axis(chart.xLabel()), axis(chart.yLabel()), renderer);
        }
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, COLOURS[s % COLOURS.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        return encode(decorate(new JFreeChart(chart.title(), JFreeChart.DEFAULT_TITLE_FONT, plot,
                chart.curves().size() > 1)));
    }

    /** The PNG image of a map over a grid. */
    public static byte[] png(MapChart map) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        int cells = map.x().length * map.y().length;
        double[][] xyz = new double[3][cells];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int i = 0; i < map.x().length; i++) {
            for (int j = 0; j < map.y().length; j++) {
                double z = map.values()[i][j];
                xyz[0][k] = map.x()[i];
                xyz[1][k] = map.y()[j];
                xyz[2][k++] = z;
                if (Double.isFinite(z)) {
                    low = Math.min(low, z);
                    high = Math.max(high, z);
                }
            }
        }
        data.addSeries(map.valueLabel(), xyz);
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setBlockWidth(spacing(map.x()));
        blocks.setBlockHeight(spacing(map.y()));
        boolean categorical = !map.categories().isEmpty();
        PaintScale scale = categorical ? categoryScale(map.categories().size()) : rampScale(low, high);
        blocks.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, axis(map.xLabel()), axis(map.yLabel()), blocks);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(map.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, categorical);
        if (categorical) {
            LegendItemCollection legend = new LegendItemCollection();
            for (int c = 0; c < map.categories().size(); c++) {
                legend.add(new LegendItem(map.categories().get(c), scale.getPaint(c)));
            }
            plot.setFixedLegendItems(legend);
        } else {
            NumberAxis valueAxis = axis(map.valueLabel());
            valueAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
            PaintScaleLegend legend = new PaintScaleLegend(scale, valueAxis);
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setMargin(4, 4, 40, 4);
            legend.setStripWidth(15);
            chart.addSubtitle(legend);
        }
        return encode(decorate(chart));
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static JFreeChart decorate(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    private static byte[] encode(JFreeChart chart) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Bars as wide as 80% of the smallest gap between neighbouring x values (1 for a single bar). */
    private static double barWidth(List<Curve> curves) {
        double gap = Double.POSITIVE_INFINITY;
        for (Curve curve : curves) {
            double[] x = curve.x().clone();
            Arrays.sort(x);
            for (int i = 1; i < x.length; i++) {
                if (x[i] > x[i - 1]) {
                    gap = Math.min(gap, x[i] - x[i - 1]);
                }
            }
        }
        return Double.isFinite(gap) ? 0.8 * gap : 1.0;
    }

    /** The step of an evenly spaced grid, increasing or decreasing (1 for a grid of one point). */
    private static double spacing(double[] centres) {
        return centres.length > 1 ? Math.abs(centres[centres.length - 1] - centres[0]) / (centres.length - 1) : 1.0;
    }

    private static PaintScale rampScale(double low, double high) {
        if (!(low < high)) {
            double middle = Double.isFinite(low) ? low : 0.0;
            low = middle - 0.5;
            high = middle + 0.5;
        }
        LookupPaintScale scale = new LookupPaintScale(low, high, Color.WHITE);
        for (int s = 0; s < RAMP_STEPS; s++) {
            double t = (double) s / (RAMP_STEPS - 1);
            scale.add(low + (high - low) * s / RAMP_STEPS, ramp(t));
        }
        return scale;
    }

    /** The colour at t in [0, 1] along {@link #RAMP}. */
    private static Paint ramp(double t) {
        double position = t * (RAMP.length - 1);
        int i = Math.min((int) position, RAMP.length - 2);
        double f = position - i;
        Color a = RAMP[i];
        Color b = RAMP[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    private static PaintScale categoryScale(int categories) {
        LookupPaintScale scale = new LookupPaintScale(-0.5, categories - 0.5, Color.WHITE);
        for (int c = 0; c < categories; c++) {
            scale.add(c - 0.5, COLOURS[c % COLOURS.length]);
        }
        return scale;
    }
}
