package org.szilard.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.szilard.cli.testing.SampleResults;

class SummaryWriterTest {

    @Test
    void valuesLineUpInOneColumnWithMapsPerReservoir() {
        StringWriter text = new StringWriter();
        SummaryWriter.write(SampleResults.otto(), new PrintWriter(text));
        String expected = String.join(System.lineSeparator(),
                "fake-otto",
                "  cycles             27, converged",
                "  simulated time     2214",
                "  wall time          0.08 s",
                "",
                "energetics",
                "  work               0.25",
                "  heat",
                "    hot              0.5",
                "    cold            -0.25",
                "  efficiency         -",
                "  power              Infinity",
                "  cop                -",
                "  regime             engine",
                "  firstLawResidual   1.5e-13",
                "",
                "fluctuations",
                "  meanWork           0",
                "  samples            3",
                "  exact              true",
                "  distribution       2 entries (see --json)",
                "",
                "warnings",
                "  - first law residual above 1e-14",
                "  - the limit cycle was reached after 27 cycles",
                "");
        assertEquals(expected, text.toString());
    }

    @Test
    void numbersHaveSixSignificantDigits() {
        assertEquals("0.333333", NumberText.format(1.0 / 3));
        assertEquals("-123457", NumberText.format(-123456.7));
        assertEquals("1.23457e+9", NumberText.format(1234567890.0));
        assertEquals("2e-5", NumberText.format(0.00002));
        assertEquals("0", NumberText.format(-0.0));
        assertEquals("42", NumberText.format(42L));
    }
}
