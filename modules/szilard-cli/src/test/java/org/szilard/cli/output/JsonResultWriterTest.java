package org.szilard.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.szilard.cli.testing.SampleResults;
import org.szilard.kernel.engine.RunResult;

class JsonResultWriterTest {

    @Test
    void theDocumentHasTheContractsShapeAndNoNaN() {
        String expected = String.join(System.lineSeparator(),
                "{",
                "  \"scenario\": \"fake-otto\",",
                "  \"version\": \"1.2.3\",",
                "  \"run\": {",
                "    \"cycles\": 27,",
                "    \"converged\": true,",
                "    \"simulatedTime\": 2214.0,",
                "    \"wallSeconds\": 0.08",
                "  },",
                "  \"energetics\": {",
                "    \"work\": 0.25,",
                "    \"heat\": {",
                "      \"hot\": 0.5,",
                "      \"cold\": -0.25",
                "    },",
                "    \"efficiency\": null,",
                "    \"power\": null,",
                "    \"cop\": null,",
                "    \"regime\": \"engine\",",
                "    \"firstLawResidual\": 1.5E-13",
                "  },",
                "  \"fluctuations\": {",
                "    \"meanWork\": 0.0,",
                "    \"samples\": 3,",
                "    \"exact\": true,",
                "    \"distribution\": [ {",
                "      \"work\": -1.0,",
                "      \"probability\": 0.25",
                "    }, {",
                "      \"work\": 1.0,",
                "      \"probability\": null",
                "    } ]",
                "  },",
                "  \"warnings\": [ \"first law residual above 1e-14\", \"the limit cycle was reached after 27 cycles\" ]",
                "}",
                "");
        assertEquals(expected, JsonResultWriter.toJson(SampleResults.otto(), "1.2.3"));
    }

    @Test
    void anUndefinedRunTimeIsNullAndEmptyWarningsAreAnEmptyList() {
        RunResult result = new RunResult("s", 1, true, Double.NaN, 0.0, Map.of(), List.of());
        String json = JsonResultWriter.toJson(result, "v");
        assertEquals(true, json.contains("\"simulatedTime\": null"), json);
        assertEquals(true, json.contains("\"warnings\": [ ]"), json);
    }
}
