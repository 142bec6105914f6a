package org.szilard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.szilard.cli.output.JsonResultWriter;
import org.szilard.cli.output.ProgressBar;
import org.szilard.cli.output.ResultDirectory;
import org.szilard.cli.output.SummaryWriter;
import org.szilard.cli.output.TimeSeriesCsvWriter;
import org.szilard.cli.plot.RunPlots;
import org.szilard.cli.scenario.LoadedScenario;
import org.szilard.cli.scenario.ScenarioLoader;
import org.szilard.kernel.engine.RunResult;
import org.szilard.kernel.engine.Simulation;
import org.szilard.kernel.scenario.ConfigurationException;
import org.szilard.kernel.scenario.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code szilard run FILE}: validates a scenario, runs it and reports the results. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Validates a scenario file, runs it and reports the results.",
        descriptionHeading = "%n",
        description = {
            "FILE is YAML, or JSON when its name ends in .json or its text starts with '{'. The scenario is "
                + "validated before anything runs: a problem is reported with its file, line, column and key. "
                + "Without options a readable summary of the results goes to standard output; with --json, the "
                + "result document of the scenario reference and nothing else. Progress (on a terminal), warnings "
                + "and errors go to standard error.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:any other failure (add --debug for the stack trace)",
            "2:invalid scenario or command line, or a file that cannot be read",
            "3:the solver could not meet its tolerance, or a numerical check failed (the message says which)"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  szilard run examples/spin-otto.yaml",
            "  szilard run examples/spin-otto.yaml --json | jq .energetics.efficiency",
            "  szilard run examples/spin-otto.yaml --out results/spin-otto"
        })
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    private Szilard szilard;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuntimeOption runtime;

    @Parameters(paramLabel = "FILE", description = "The scenario file.")
    private Path file;

    @Option(names = "--json", description = "Print the results as one JSON document on standard output, and nothing "
            + "else there. Warnings are in the document and also on standard error.")
    private boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the results into DIR, created if needed. "
            + "That is result.json, the same document as --json, and the file timeseries.csv with time, cycle, "
            + "stroke, lambda, energy, cumulative extracted work and heat per reservoir and the analyzers' columns, "
            + "at most output.samples rows (the first and the last state among them), and PNG plots of what the run "
            + "has data for: energetics, the cycle in the (lambda, E) and (S, T) planes, work and heat "
            + "distributions. A file appears complete or not at all.")
    private Path outDirectory;

    @Override
    public Integer call() {
        CommandSetup.checkOutDirectory(spec, outDirectory);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Installation installation = CommandSetup.installation(szilard, runtime.choice(), err);
        LoadedScenario scenario = new ScenarioLoader(installation.registry()).load(file);
        RunResult result = run(scenario, installation.simulations(), err);
        String document = JsonResultWriter.toJson(result, VersionProvider.version());
        if (outDirectory != null) {
            Map<String, byte[]> plots = RunPlots.render(result, scenario.spec());
            ResultDirectory directory = new ResultDirectory(outDirectory);
            Path written = directory.write(ResultDirectory.RESULT_JSON, document);
            directory.write(ResultDirectory.TIMESERIES_CSV, TimeSeriesCsvWriter.toCsv(result.timeSeries()));
            plots.forEach(directory::write);
            err.println("szilard: results written to " + written);
        }
        if (json) {
            out.print(document);
            out.flush();
            result.warnings().forEach(warning -> Diagnostics.warn(err, warning));
        } else {
            SummaryWriter.write(result, out);
        }
        err.flush();
        return ExitCodes.OK;
    }

    /** Creates and runs the simulation; a plugin's objection to its configuration is placed in the file. */
    private static RunResult run(LoadedScenario scenario, Function<ScenarioSpec, Simulation> simulations,
                                 PrintWriter err) {
        try (ProgressBar progress = ProgressBar.onStandardError(err)) {
            return simulations.apply(scenario.spec()).run(progress);
        } catch (ConfigurationException problem) {
            throw scenario.locate(problem);
        }
    }
}
