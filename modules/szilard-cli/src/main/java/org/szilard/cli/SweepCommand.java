package org.szilard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code szilard sweep FILE --set KEY=FROM:TO:STEPS}: runs a scenario over a one- or two-parameter grid. */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Runs a scenario over a grid of one or two of its numbers and tabulates the results.",
        descriptionHeading = "%n",
        description = {
            "Each --set replaces a number of the scenario file, named by its dotted key path, by STEPS evenly "
                + "spaced values from FROM to TO. With two --set options every combination runs. Every point is "
                + "its own simulation; points run in parallel. All points are validated before any runs: a bad "
                + "key or a value out of range is reported with the file, line, column and the point, and nothing "
                + "is written. The table has one row per point: the swept values, then every scalar result (work, "
                + "heat per reservoir, efficiency, power, regime first). Without --out it goes to standard output.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:any other failure (add --debug for the stack trace)",
            "2:invalid scenario, key, range or command line, or a file that cannot be read",
            "3:at least one point's solver or numerical check failed (its row has the reason; the rest is written)"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  szilard sweep examples/spin-otto.yaml --set protocol.control.hot=2.5:8:12 --out results/lh",
            "  szilard sweep examples/spin-otto.yaml --set protocol.control.hot=2.5:8:12 "
                + "--set reservoirs.hot.temperature=1.5:6:10 --quantity efficiency --out results/map"
        })
final class SweepCommand implements Callable<Integer> {

    /** The name of the table file. */
    static final String SWEEP_CSV = "sweep.csv";

    @ParentCommand
    private Szilard szilard;

    @Mixin
    private RuntimeOption runtime;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file.")
    private Path file;

    @Option(names = "--set", required = true, paramLabel = "KEY=FROM:TO:STEPS",
            description = "A number to sweep: its dotted key path (protocol.control.hot, reservoirs.cold.temperature, "
                    + "protocol.control[0]) and STEPS (2 to 10000) values from FROM to TO. Once or twice.")
    private List<String> sets;

    @Option(names = "--quantity", paramLabel = "NAME", defaultValue = "work",
            description = "The result plotted against one parameter, or as a heat map over two: a result column "
                    + "or the end of one (work, heat.hot, efficiency, entropy.production). Default: ${DEFAULT-VALUE}.")
    private String quantity;

    @Option(names = "--threads", paramLabel = "N",
            description = "Points run at the same time. Default: the number of processors.")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Write sweep.csv and the plots into DIR, created if "
            + "needed: for one parameter the quantity and the energetics against it, for two a heat map of the "
            + "quantity and a map of the regime. A file appears complete or not at all.")
    private Path outDirectory;

    @Override
    public Integer call() {
        CommandSetup.checkOutDirectory(spec, outDirectory);
        List<SweepRange> ranges = ranges();
        int poolSize = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (poolSize < 1) {
            throw new ParameterException(spec.commandLine(), "--threads " + threads + ": expected at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Installation installation = CommandSetup.installation(szilard, runtime.choice(), err);
        ScenarioTemplate template = new ScenarioLoader(installation.registry()).template(file);
        ranges.forEach(range -> template.checkNumber(range.key()));
        List<PointResult> points;
        try (ProgressBar progress = ProgressBar.onStandardError(err)) {
            points = new SweepRunner(template, installation.simulations(), poolSize).run(ranges, progress,
                    first -> quantityColumn(() -> new SweepTable(ranges, List.of(first)).resolveEarly(quantity)));
        }
        SweepTable table = new SweepTable(ranges, points);
        String column = column(table);
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

    private List<SweepRange> ranges() {
        if (sets.size() > 2) {
            throw new ParameterException(spec.commandLine(), "--set given " + sets.size()
                    + " times; a sweep has one or two parameters");
        }
        List<SweepRange> ranges = new ArrayList<>();
        for (String set : sets) {
            try {
                ranges.add(SweepRange.parse(set));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (ranges.size() == 2 && ranges.get(0).key().equals(ranges.get(1).key())) {
            throw new ParameterException(spec.commandLine(), "--set " + ranges.get(0).key() + " given twice");
        }
        return ranges;
    }

    /** The plotted quantity's column, or null when no point has results; a name that fits none is an error. */
    private String column(SweepTable table) {
        return table.resultColumns().isEmpty() ? null : quantityColumn(() -> table.resolve(quantity));
    }

    /** A column found by {@code resolution}; its complaint about --quantity becomes a usage error. */
    private String quantityColumn(Supplier<String> resolution) {
        try {
            return resolution.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
