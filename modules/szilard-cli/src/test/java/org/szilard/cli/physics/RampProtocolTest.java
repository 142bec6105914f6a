package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * The {@code ramp} protocol on a spin-1/2 with a transverse field, H = lambda S_z + h S_x (gap D = sqrt(lambda^2 +
 * h^2), so H at different lambda do not commute), from the Gibbs state at lambda = 1, T = 1, to lambda = 3:
 * <ul>
 *   <li>a sudden quench (duration 0) leaves the state as it is: W = -Tr(rho (H(3) - H(1))) =
 *       (3 - 1)(1/2D_0) tanh(D_0/2T), no entropy change;</li>
 *   <li>a slow closed ramp follows the eigenbasis (adiabatic theorem), keeping the populations:
 *       W = ((D_1 - D_0)/2) tanh(D_0/2T);</li>
 *   <li>a slow ramp with the bath attached is isothermal: the work done on the spin approaches the free-energy
 *       change Delta F = -T ln(cosh(D_1/2T)/cosh(D_0/2T)) from above, W_on - Delta F &gt;= T Sigma.</li>
 * </ul>
 */
class RampProtocolTest {

    private static final double H = 0.5, T = 1.0, FROM = 1.0, TO = 3.0;
    private static final double D0 = Math.hypot(FROM, H), D1 = Math.hypot(TO, H);

    @TempDir
    Path folder;

    private RunResult ramp(String extra) {
        return Runs.runYaml(folder, "ramp", """
                substance: { type: spin, spin: 0.5, transverse: 0.5 }
                reservoirs:
                  bath: { type: bosonic, temperature: 1.0 }
                protocol: { type: ramp, from: 1.0, to: 3.0, %s }
                solver: { type: lindblad, tolerance: 1.0e-10 }
                analyzers: [energetics, entropy]
                """.formatted(extra));
    }

    private static double work(RunResult r) {
        return Runs.number(r, "energetics", "work");
    }

    @Test
    void suddenQuenchBooksTheJumpAndKeepsTheState() {
        RunResult r = ramp("duration: 0");
        assertEquals(0.0, r.simulatedTime());
        assertEquals((TO - FROM) / (2 * D0) * Math.tanh(D0 / (2 * T)), work(r), 1e-12);
        assertEquals(0.0, Runs.heat(r, "bath"));
        assertEquals(Runs.number(r, "entropy", "initial"), Runs.number(r, "entropy", "final"), 1e-12);
    }

    @Test
    void slowClosedRampFollowsTheEigenbasis() {
        RunResult r = ramp("duration: 50, shape: sine");
        assertEquals((D1 - D0) / 2 * Math.tanh(D0 / (2 * T)), work(r), 1e-5);
        assertEquals(0.0, Runs.heat(r, "bath"));
        assertEquals(Runs.number(r, "entropy", "initial"), Runs.number(r, "entropy", "final"), 1e-9);
    }

    @Test
    void slowRampWithTheBathAttachedDoesTheFreeEnergyChange() {
        double freeEnergyChange = -T * Math.log(Math.cosh(D1 / (2 * T)) / Math.cosh(D0 / (2 * T)));
        RunResult slow = ramp("duration: 50, reservoirs: [bath]");
        RunResult fast = ramp("duration: 5, reservoirs: [bath]");
        for (RunResult r : new RunResult[] {slow, fast}) {
            double excess = -work(r) - freeEnergyChange;
            double production = Runs.number(r, "entropy", "production");
            assertTrue(production > 0 && excess >= T * production, "W_on - Delta F " + excess + ", Sigma "
                    + production);
        }
        assertEquals(freeEnergyChange, -work(slow), 0.02 * Math.abs(freeEnergyChange));
        assertTrue(-work(fast) > -work(slow), "a faster ramp costs more work");
    }
}
