package org.szilard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.NumericalCheckException;
import org.szilard.kernel.engine.Simulation;

/** {@code szilard sweep} over the spin Otto engine of examples/spin-otto.yaml, with the real plugins. */
class SweepCommandTest {

    private static final Path SPIN_OTTO = Path.of("../../examples/spin-otto.yaml").toAbsolutePath().normalize();
    private static final Installation INSTALLATION = Installation.open(PluginRuntime.MODULES);
    private static final double LC = 2.0, TH = 4.0, TC = 1.0;

    @TempDir
    Path directory;

    private static CommandOutcome execute(String... args) {
        return CommandOutcome.execute(INSTALLATION, args);
    }

    /** The header and the rows of a CSV file without quoted fields. */
    private static List<List<String>> csv(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> Arrays.asList(line.split(",", -1))).toList();
    }

    @Test
    void hotControlSweepReproducesTheOttoWorkPerCycle() throws IOException {
        Path out = directory.resolve("out");
        CommandOutcome run = execute("sweep", SPIN_OTTO.toString(), "--set", "protocol.control.hot=2.5:7:4",
                "--threads", "2", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        List<List<String>> table = csv(out.resolve("sweep.csv"));
        assertEquals(List.of("protocol.control.hot", "energetics.work", "energetics.heat.hot", "energetics.heat.cold",
                "energetics.efficiency", "energetics.power", "energetics.regime"), table.get(0).subList(0, 7));
        assertTrue(table.get(0).containsAll(List.of("entropy.production", "run.cycles", "run.converged")));
        assertEquals(5, table.size());
        double[] expected = {2.5, 4.0, 5.5, 7.0};
        for (int p = 0; p < expected.length; p++) {
            List<String> row = table.get(p + 1);
            double lh = Double.parseDouble(row.get(0));
            assertEquals(expected[p], lh, 0.0);
            double work = (lh - LC) / 2 * (Math.tanh(LC / (2 * TC)) - Math.tanh(lh / (2 * TH)));
            assertEquals(work, Double.parseDouble(row.get(1)), 1e-6, "W at lambda_h = " + lh);
            assertEquals("engine", row.get(6));
        }
        PlotOutputTest.assertDrawn(out.resolve("sweep-energetics.work.png"));
        PlotOutputTest.assertDrawn(out.resolve("sweep-energetics.png"));
    }

    @Test
    void twoParameterSweepHasOneRowPerPointAndARegimeMap() throws IOException {
        Path out = directory.resolve("out");
        CommandOutcome run = execute("sweep", SPIN_OTTO.toString(), "--set", "protocol.control.hot=3:8:3",
                "--set", "reservoirs.hot.temperature=2:6:2", "--quantity", "efficiency", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        List<List<String>> table = csv(out.resolve("sweep.csv"));
        assertEquals(1 + 3 * 2, table.size());
        assertEquals(List.of("protocol.control.hot", "reservoirs.hot.temperature"), table.get(0).subList(0, 2));
        assertEquals(List.of("3", "2"), table.get(1).subList(0, 2));
        assertEquals(List.of("3", "6"), table.get(2).subList(0, 2));
        assertEquals(List.of("5.5", "2"), table.get(3).subList(0, 2));
        // lambda_h = 8 > 2 Th lc / Tc at Th = 2: the cycle refrigerates; at Th = 6 it is an engine
        assertEquals("refrigerator", table.get(5).get(table.get(0).indexOf("energetics.regime")));
        assertEquals("engine", table.get(6).get(table.get(0).indexOf("energetics.regime")));
        PlotOutputTest.assertDrawn(out.resolve("sweep-regime.png"));
        PlotOutputTest.assertDrawn(out.resolve("sweep-energetics.efficiency.png"));
    }

    @Test
    void withoutOutTheTableGoesToStandardOutput() {
        CommandOutcome run = execute("sweep", SPIN_OTTO.toString(), "--set", "reservoirs.cold.temperature=0.5:1:2");
        assertEquals(0, run.code(), run.err());
        assertEquals(3, run.out().lines().count());
        assertTrue(run.out().startsWith("reservoirs.cold.temperature,energetics.work,"));
    }

    @Test
    void aFailedPointKeepsItsRowWithTheReasonAndGivesExitCodeThree() throws IOException {
        Installation flaky = new Installation(INSTALLATION.registry(), spec -> {
            Simulation real = INSTALLATION.simulations().apply(spec);
            boolean fails = spec.reservoirs().get("hot").parameters().real("temperature") == 3.0;
            return fails ? progress -> {
                throw new NumericalCheckException("trace drifted");
            } : real;
        });
        Path out = directory.resolve("out");
        CommandOutcome run = CommandOutcome.execute(flaky, "sweep", SPIN_OTTO.toString(),
                "--set", "reservoirs.hot.temperature=2:4:3", "--out", out.toString());
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("1 of 3 sweep points failed"), run.err());
        List<List<String>> table = csv(out.resolve("sweep.csv"));
        List<String> header = table.get(0);
        assertEquals("problem", header.get(header.size() - 1));
        assertEquals("a numerical check failed: trace drifted", table.get(2).get(header.size() - 1));
        assertEquals("", table.get(2).get(1));
        assertEquals("", table.get(1).get(header.size() - 1));
        assertFalse(table.get(3).get(1).isEmpty());
    }

    @Test
    void invalidKeysAndRangesExitWithTwoAndWriteNothing() {
        Path out = directory.resolve("out");
        String[][] cases = {
            {"protocol.control.warm=2:3:3", "spin-otto.yaml:14:12: protocol.control.warm: unknown key"},
            {"protocol.nothing.x=2:3:3", "spin-otto.yaml:13:3: protocol.nothing: not in the file"},
            {"substance.type=2:3:3", "spin-otto.yaml:6:9: substance.type: expected a number to replace, got 'spin'"},
            {"reservoirs.hot.temperature=-1:3:3", "spin-otto.yaml:10:39: reservoirs.hot.temperature: expected real"
                + " >= 0, unit energy, got -1 (at the sweep point reservoirs.hot.temperature = -1.0)"},
            {"protocol.control.hot=2:3", "expected KEY=FROM:TO:STEPS"},
            {"protocol.control.hot=2:3:1", "expected STEPS a whole number from 2 to 10000, got '1'"},
            {"protocol.control.hot=2:x:4", "expected TO a finite number, got 'x'"},
            {"protocol.control[=2:3:4", "malformed list index"},
        };
        for (String[] c : cases) {
            CommandOutcome run = execute("sweep", SPIN_OTTO.toString(), "--set", c[0], "--out", out.toString());
            assertEquals(2, run.code(), c[0] + ": " + run.err());
            assertTrue(run.err().contains(c[1]), c[0] + ": " + run.err());
            assertFalse(Files.exists(out), c[0]);
        }
        CommandOutcome three = execute("sweep", SPIN_OTTO.toString(), "--set", "protocol.control.hot=2:3:2",
                "--set", "protocol.control.cold=1:2:2", "--set", "reservoirs.hot.temperature=2:3:2");
        assertEquals(2, three.code());
        assertTrue(three.err().contains("one or two parameters"), three.err());
        CommandOutcome quantity = execute("sweep", SPIN_OTTO.toString(), "--set", "protocol.control.hot=3:4:2",
                "--quantity", "regime", "--out", out.toString());
        assertEquals(2, quantity.code());
        assertTrue(quantity.err().contains("--quantity regime: no such numeric result"), quantity.err());
        assertFalse(Files.exists(out));
    }
}
