package org.szilard.cli.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.kernel.engine.RunResult;

/** A run result with every kind of value a block may hold. */
public final class SampleResults {

    private SampleResults() {
    }

    public static RunResult otto() {
        Map<String, Object> heat = new LinkedHashMap<>();
        heat.put("hot", 0.5);
        heat.put("cold", -0.25);
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("work", -1.0);
        first.put("probability", 0.25);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("work", 1.0);
        second.put("probability", Double.NaN);
        ResultBlock energetics = new ResultBlock()
                .put("work", 0.25)
                .put("heat", heat)
                .put("efficiency", Double.NaN)
                .put("power", Double.POSITIVE_INFINITY)
                .put("cop", null)
                .put("regime", "engine")
                .put("firstLawResidual", 1.5e-13)
                .warn("first law residual above 1e-14");
        ResultBlock fluctuations = new ResultBlock()
                .put("meanWork", 0.0)
                .put("samples", 3L)
                .put("exact", true)
                .put("distribution", List.of(first, second));
        Map<String, ResultBlock> blocks = new LinkedHashMap<>();
        blocks.put("energetics", energetics);
        blocks.put("fluctuations", fluctuations);
        return new RunResult("fake-otto", 27, true, 2214.0, 0.08, blocks,
                List.of("first law residual above 1e-14", "the limit cycle was reached after 27 cycles"));
    }
}
