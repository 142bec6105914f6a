package org.szilard.cli.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.szilard.api.param.ParameterValues;
import org.szilard.kernel.engine.RunResult;
import org.szilard.kernel.scenario.PluginBlock;
import org.szilard.kernel.scenario.ScenarioSpec;

/** The PNG plots of a run ({@code szilard run --out DIR}): the time-series charts and the histograms. */
public final class RunPlots {

    private RunPlots() {
    }

    /** The charts a run has data for, in the order they are written. */
    public static List<Chart> charts(RunResult result, boolean spinHalf) {
        List<Chart> charts = new ArrayList<>(SeriesCharts.of(result.timeSeries(), spinHalf));
        charts.addAll(DistributionCharts.of(result.blocks()));
        return charts;
    }

    /**
     * The PNG images of a run's charts, by file name, all drawn before any is written so that a failure leaves
     * nothing half done.
     */
    public static Map<String, byte[]> render(RunResult result, ScenarioSpec spec) {
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (Chart chart : charts(result, isSpinHalf(spec))) {
            images.put(chart.file(), PngPainter.png(chart));
        }
        return images;
    }

    /**
     * Whether the substance is the {@code spin} type with spin 1/2 and no transverse field (H = lambda S_z), whose
     * energy and lambda give an effective temperature (see {@link SeriesCharts}).
     */
    static boolean isSpinHalf(ScenarioSpec spec) {
        PluginBlock substance = spec.substance();
        ParameterValues p = substance.parameters();
        return substance.type().equals("spin") && p.has("spin") && p.real("spin") == 0.5
                && (!p.has("transverse") || p.real("transverse") == 0.0);
    }
}
