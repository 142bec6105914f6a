package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.szilard.kernel.engine.RunResult;

/**
 * The exact propagator of the {@code exponential} solver against the adaptive {@code lindblad} solver on a spin-1/2
 * Otto engine with sudden strokes, whose generator is constant on every segment. The isochores are short, so the
 * spin does not thermalise and the cycle depends on the dynamics; with a transverse field the quenches do not commute
 * with H and create coherence in the energy basis. Both solvers run the same number of
 * cycles, so the work, heats and entropy production of the last cycle differ only by the solvers' errors (here by
 * about 1e-13).
 */
class ExponentialSolverAgreementTest {

    @ParameterizedTest(name = "transverse field {0}")
    @ValueSource(doubles = {0.0, 0.5})
    void exponentialAndLindbladAgreeOnWorkHeatsAndEntropyProduction(double transverse, @TempDir Path folder) {
        RunResult exact = Runs.runYaml(folder, "exponential", Runs.spinOtto(transverse, 0, 15, "{ type: exponential }", "[energetics, entropy]"));
        RunResult adaptive = Runs.runYaml(folder, "lindblad",
                Runs.spinOtto(transverse, 0, 15, "{ type: lindblad, tolerance: 1.0e-12 }", "[energetics, entropy]"));
        assertEquals(15, exact.cycles());
        assertEquals(15, adaptive.cycles());

        double work = Runs.number(exact, "energetics", "work");
        assertTrue(work > 1e-3, "an engine: W = " + work);
        assertEquals(Runs.number(adaptive, "energetics", "work"), work, 1e-8, "work");
        assertEquals(Runs.heat(adaptive, "hot"), Runs.heat(exact, "hot"), 1e-8, "hot heat");
        assertEquals(Runs.heat(adaptive, "cold"), Runs.heat(exact, "cold"), 1e-8, "cold heat");
        double production = Runs.number(exact, "entropy", "production");
        assertTrue(production > 0, "Sigma = " + production);
        assertEquals(Runs.number(adaptive, "entropy", "production"), production, 1e-8, "entropy production");
        assertEquals(Runs.number(adaptive, "entropy", "final"), Runs.number(exact, "entropy", "final"), 1e-8);
    }

    @Test
    void finiteAdiabatsAreIntegratedAdaptivelyBetweenExactIsochores(@TempDir Path folder) {
        RunResult mixed = Runs.runYaml(folder, "exponential",
                Runs.spinOtto(0.5, 0.5, 6, "{ type: exponential, tolerance: 1.0e-11 }", "[energetics]"));
        RunResult adaptive = Runs.runYaml(folder, "lindblad",
                Runs.spinOtto(0.5, 0.5, 6, "{ type: lindblad, tolerance: 1.0e-11 }", "[energetics]"));
        assertEquals(Runs.number(adaptive, "energetics", "work"), Runs.number(mixed, "energetics", "work"), 1e-8);
        assertEquals(Runs.heat(adaptive, "hot"), Runs.heat(mixed, "hot"), 1e-8, "hot heat");
    }
}
