package org.szilard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.szilard.cli.line.Arguments;
import org.szilard.cli.line.CommandSpec;
import org.szilard.cli.line.OptionSpec;
import org.szilard.cli.line.ParameterSpec;
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

/** {@code szilard run FILE}: validates a scenario, runs it and reports the results. */
final class RunCommand {

    private static final String JSON = "--json";

    static final CommandSpec SPEC = CommandSetup.exitCodes(CommandSetup.subcommand("run")
            .header("Validates a scenario file, runs it and reports the results.")
            .paragraph("FILE is YAML, or JSON when its name ends in .json or its text starts with '{'. The scenario is "
                    + "validated before anything runs: a problem is reported with its file, line, column and key. "
                    + "Without options a readable summary of the results goes to standard output; with --json, the "
                    + "result document of the scenario reference and nothing else. Progress (on a terminal), "
                    + "warnings and errors go to standard error.")
            .parameter(new ParameterSpec("FILE", false, "The scenario file."))
            .option(OptionSpec.flag(JSON, "Print the results as one JSON document on standard output, and nothing "
                    + "else there. Warnings are in the document and also on standard error."))
            .option(OptionSpec.value(CommandSetup.OUT, "DIR", "Also write the results into DIR, created if needed. That "
                    + "is result.json, the same document as --json, and the file timeseries.csv with time, cycle, "
                    + "stroke, lambda, energy, cumulative extracted work and heat per reservoir and the analyzers' "
                    + "columns, at most output.samples rows (the first and the last state among them), and PNG plots "
                    + "of what the run has data for: energetics, the cycle in the (lambda, E) and (S, T) planes, work "
                    + "and heat distributions. A file appears complete or not at all."))
            .option(RuntimeOption.OPTION),
            "invalid scenario or command line, or a file that cannot be read",
            "the solver could not meet its tolerance, or a numerical check failed (the message says which)")
            .example("szilard run examples/spin-otto.yaml")
            .example("szilard run examples/spin-otto.yaml --json | jq .energetics.efficiency")
            .example("szilard run examples/spin-otto.yaml --out results/spin-otto")
            .build();

    private RunCommand() {
    }

    /** Carries the command out ({@link Subcommand.Action}). */
    static int call(Arguments arguments, Szilard szilard) {
        Path file = arguments.pathParameter(0);
        Path outDirectory = CommandSetup.outDirectory(arguments);
        PrintWriter out = szilard.out();
        PrintWriter err = szilard.err();
        Installation installation = CommandSetup.installation(szilard, arguments, err);
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
        if (arguments.has(JSON)) {
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
