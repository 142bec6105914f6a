package org.szilard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code szilard run --out DIR} with the real plugins writes timeseries.csv next to result.json. */
class TimeSeriesOutputTest {

    private static final Path SPIN_OTTO = Path.of("../../examples/spin-otto.yaml").toAbsolutePath().normalize();
    private static final Installation INSTALLATION = Installation.open(PluginRuntime.MODULES);

    @TempDir
    Path directory;

    /** The CSV's header and rows, split at commas (no stroke label here contains one). */
    private record Csv(List<String> header, List<String[]> rows) {

        static Csv read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            return new Csv(List.of(lines.get(0).split(",", -1)),
                    lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList());
        }

        double last(String column) {
            int index = header.indexOf(column);
            assertTrue(index >= 0, "no column " + column + " in " + header);
            return Double.parseDouble(rows.get(rows.size() - 1)[index]);
        }

        double first(String column) {
            return Double.parseDouble(rows.get(0)[header.indexOf(column)]);
        }
    }

    /** Runs the command line; returns standard output. */
    private static String execute(String... args) {
        return CommandOutcome.success(INSTALLATION, args).out();
    }

    /** spin-otto.yaml with extra protocol keys and top-level lines. */
    private Path ottoVariant(String protocolKeys, String topLevel) throws IOException {
        String text = Files.readString(SPIN_OTTO).replace("  maxCycles: 200\n", "  maxCycles: 200\n" + protocolKeys)
                + topLevel;
        return Files.writeString(directory.resolve("otto-variant.yaml"), text);
    }

    @Test
    void spinOttoSeriesEndsAtTheReportedEndState() throws IOException {
        Path out = directory.resolve("out");
        String stdout = execute("run", SPIN_OTTO.toString(), "--json", "--out", out.toString());
        JsonNode result = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertEquals(stdout, Files.readString(out.resolve("result.json")));
        assertFalse(stdout.contains("time,cycle,stroke"));

        Csv csv = Csv.read(out.resolve("timeseries.csv"));
        assertEquals(List.of("time", "cycle", "stroke", "lambda", "energy", "work", "heat.hot", "heat.cold",
                "entropy.vonNeumann"), csv.header());
        assertTrue(csv.rows().size() <= 2000 && csv.rows().size() > 10, "rows " + csv.rows().size());
        assertEquals(result.at("/run/simulatedTime").asDouble(), csv.last("time"), 1e-9);
        assertEquals(result.at("/run/cycles").asInt(), (int) csv.last("cycle"));
        assertEquals(result.at("/entropy/final").asDouble(), csv.last("entropy.vonNeumann"), 1e-12);
        assertEquals(result.at("/entropy/initial").asDouble(), csv.first("entropy.vonNeumann"), 1e-12);
        String[] last = csv.rows().get(csv.rows().size() - 1);
        assertEquals("compression", last[2], Arrays.toString(last));
    }

    @Test
    void oneCycleSeriesEndsAtTheWholeRunTotals() throws IOException {
        Path out = directory.resolve("out");
        execute("run", ottoVariant("  cycles: 1\n", "").toString(), "--out", out.toString());
        JsonNode energetics = new ObjectMapper().readTree(out.resolve("result.json").toFile()).get("energetics");
        Csv csv = Csv.read(out.resolve("timeseries.csv"));

        double work = energetics.get("work").asDouble();
        double qh = energetics.at("/heat/hot").asDouble();
        double qc = energetics.at("/heat/cold").asDouble();
        assertEquals(work, csv.last("work"), 1e-12);
        assertEquals(qh, csv.last("heat.hot"), 1e-12);
        assertEquals(qc, csv.last("heat.cold"), 1e-12);
        assertEquals(0.0, csv.first("work"), 0.0);
        assertEquals(-work + qh + qc, csv.last("energy") - csv.first("energy"), 1e-8);
    }

    @Test
    void rowCountStaysWithinSamplesHoweverManyCycles() throws IOException {
        for (int cycles : new int[] {3, 300}) {
            Path out = directory.resolve("out" + cycles);
            execute("run", ottoVariant("  cycles: " + cycles + "\n", "output: { samples: 40 }\n").toString(),
                    "--out", out.toString());
            Csv csv = Csv.read(out.resolve("timeseries.csv"));
            assertTrue(csv.rows().size() <= 40 && csv.rows().size() >= 20, cycles + " cycles: " + csv.rows().size());
            assertEquals(cycles, (int) csv.last("cycle"));
            assertEquals(0.0, csv.first("time"), 0.0);
        }
    }
}
