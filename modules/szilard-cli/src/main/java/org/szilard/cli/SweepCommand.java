package org.szilard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.szilard.cli.line.Arguments;
import org.szilard.cli.line.CommandSpec;
import org.szilard.cli.line.OptionSpec;
import org.szilard.cli.line.ParameterSpec;
import org.szilard.cli.line.UsageException;
import org.szilard.cli.output.ProgressBar;
import org.szilard.cli.output.ResultDirectory;
import org.szilard.cli.scenario.ScenarioLoader;
import org.szilard.cli.scenario.ScenarioTemplate;
import org.szilard.cli.sweep.PointResult;
import org.szilard.cli.sweep.SweepCharts;
import org.szilard.cli.sweep.SweepRange;
import org.szilard.cli.sweep.SweepRunner;
import org.szilard.cli.sweep.SweepTable;
import org.szilard.kernel.engine.NumericalCheckException;

/** {@code szilard sweep FILE --set KEY=FROM:TO:STEPS}: runs a scenario over a one- or two-parameter grid. */
final class SweepCommand {

    /** The name of the table file. */
    static final String SWEEP_CSV = "sweep.csv";

    private static final String SET = "--set";
    private static final String QUANTITY = "--quantity";
    private static final String THREADS = "--threads";
    /** The quantity plotted when --quantity is not given. */
    private static final String DEFAULT_QUANTITY = "work";

    static final CommandSpec SPEC = CommandSetup.exitCodes(CommandSetup.subcommand("sweep")
            .header("Runs a scenario over a grid of one or two of its numbers and tabulates the results.")
            .paragraph("Each --set replaces a number of the scenario file, named by its dotted key path, by STEPS "
                    + "evenly spaced values from FROM to TO. With two --set options every combination runs. Every "
                    + "point is its own simulation; points run in parallel. All points are validated before any runs: "
                    + "a bad key or a value out of range is reported with the file, line, column and the point, and "
                    + "nothing is written. The table has one row per point: the swept values, then every scalar "
                    + "result (work, heat per reservoir, efficiency, power, regime first). Without --out it goes to "
                    + "standard output.")
            .parameter(new ParameterSpec("FILE", false, "The scenario file."))
            .option(OptionSpec.value(SET, "KEY=FROM:TO:STEPS", "A number to sweep: its dotted key path "
                    + "(protocol.control.hot, reservoirs.cold.temperature, protocol.control[0]) and STEPS (2 to 10000) "
                    + "values from FROM to TO. Once or twice.").requiredRepeatable())
            .option(OptionSpec.value(QUANTITY, "NAME", "The result plotted against one parameter, or as a heat map "
                    + "over two: a result column or the end of one (work, heat.hot, efficiency, entropy.production). "
                    + "Default: " + DEFAULT_QUANTITY + "."))
            .option(OptionSpec.value(THREADS, "N", "Points run at the same time. Default: the number of processors."))
            .option(OptionSpec.value(CommandSetup.OUT, "DIR", "Write sweep.csv and the plots into DIR, created if needed: "
                    + "for one parameter the quantity and the energetics against it, for two a heat map of the "
                    + "quantity and a map of the regime. A file appears complete or not at all."))
            .option(RuntimeOption.OPTION),
            "invalid scenario, key, range or command line, or a file that cannot be read",
            "at least one point's solver or numerical check failed (its row has the "
                    + "reason; the rest is written)")
            .example("szilard sweep examples/spin-otto.yaml --set protocol.control.hot=2.5:8:12 --out results/lh")
            .example("szilard sweep examples/spin-otto.yaml --set protocol.control.hot=2.5:8:12 "
                    + "--set reservoirs.hot.temperature=1.5:6:10 --quantity efficiency --out results/map")
            .build();

    private SweepCommand() {
    }

    /** Carries the command out ({@link Subcommand.Action}). */
    static int call(Arguments arguments, Szilard szilard) {
        Path file = arguments.pathParameter(0);
        Path outDirectory = CommandSetup.outDirectory(arguments);
        CommandSpec spec = arguments.command();
        List<SweepRange> ranges = ranges(spec, arguments.values(SET));
        Integer threads = arguments.integer(THREADS);
        int poolSize = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (poolSize < 1) {
            throw new UsageException(spec, THREADS + " " + threads + ": expected at least 1");
        }
        String quantity = arguments.value(QUANTITY).orElse(DEFAULT_QUANTITY);
        PrintWriter out = szilard.out();
        PrintWriter err = szilard.err();
        Installation installation = CommandSetup.installation(szilard, arguments, err);
        ScenarioTemplate template = new ScenarioLoader(installation.registry()).template(file);
        ranges.forEach(range -> template.checkNumber(range.key()));
        List<PointResult> points;
        try (ProgressBar progress = ProgressBar.onStandardError(err)) {
            points = new SweepRunner(template, installation.simulations(), poolSize).run(ranges, progress,
                    first -> quantityColumn(spec, () -> new SweepTable(ranges, List.of(first)).resolveEarly(quantity)));
        }
        SweepTable table = new SweepTable(ranges, points);
        String column = table.resultColumns().isEmpty() ? null : quantityColumn(spec, () -> table.resolve(quantity));
        String csv = table.toCsv();
        if (outDirectory != null) {
            Map<String, byte[]> plots = column == null ? Map.of() : SweepCharts.render(table, column);
            ResultDirectory directory = new ResultDirectory(outDirectory);
            Path written = directory.write(SWEEP_CSV, csv);
            plots.forEach(directory::write);
            err.println("szilard: " + points.size() + " points written to " + written);
        } else {
            out.print(csv);
            out.flush();
        }
        List<PointResult> failures = table.failures();
        failures.forEach(f -> Diagnostics.warn(err, "sweep point " + Arrays.toString(f.coordinates())
                + ": " + f.problem()));
        err.flush();
        if (!failures.isEmpty()) {
            throw new NumericalCheckException(failures.size() + " of " + points.size() + " sweep points failed; "
                    + "their rows have no results and say why in the column '" + SweepTable.PROBLEM + "'");
        }
        return ExitCodes.OK;
    }

    private static List<SweepRange> ranges(CommandSpec spec, List<String> sets) {
        if (sets.size() > 2) {
            throw new UsageException(spec, SET + " given " + sets.size() + " times; a sweep has one or two parameters");
        }
        List<SweepRange> ranges = new ArrayList<>();
        for (String set : sets) {
            try {
                ranges.add(SweepRange.parse(set));
            } catch (IllegalArgumentException e) {
                throw new UsageException(spec, e.getMessage());
            }
        }
        if (ranges.size() == 2 && ranges.get(0).key().equals(ranges.get(1).key())) {
            throw new UsageException(spec, SET + " " + ranges.get(0).key() + " given twice");
        }
        return ranges;
    }

    /** A column found by {@code resolution}; its complaint about --quantity becomes a usage error. */
    private static String quantityColumn(CommandSpec spec, Supplier<String> resolution) {
        try {
            return resolution.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(spec, e.getMessage());
        }
    }
}
