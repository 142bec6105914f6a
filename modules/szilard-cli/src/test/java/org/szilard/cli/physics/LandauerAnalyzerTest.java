package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * The {@code landauer} analyzer on an erasure (spin 1/2 starting maximally mixed, its gap opened from 0 to 10 at
 * T = 1): its numbers agree with the energetics and entropy blocks of the same run, and the bound holds.
 */
class LandauerAnalyzerTest {

    @Test
    void erasureReportsHeatAboveTheBoundConsistentlyWithTheOtherBlocks(@TempDir Path folder) {
        RunResult r = Runs.runYaml(folder, "erase", """
                substance: { type: spin, spin: 0.5 }
                reservoirs:
                  bath: { type: bosonic, temperature: 1.0, spectrum: ohmic, cutoff: 20.0 }
                protocol: { type: landauer, from: 0.0, to: 10.0, duration: 20.0 }
                solver: { type: lindblad, tolerance: 1.0e-10 }
                analyzers: [energetics, entropy, landauer]
                """);
        double removed = Runs.number(r, "entropy", "initial") - Runs.number(r, "entropy", "final");
        double heat = -Runs.heat(r, "bath");
        assertEquals(heat, Runs.number(r, "landauer", "heatDissipated"), 1e-14);
        assertEquals(removed, Runs.number(r, "landauer", "entropyRemoved"), 1e-14);
        assertEquals(1.0 * removed, Runs.number(r, "landauer", "bound"), 1e-14);
        assertEquals(removed / Math.log(2), Runs.number(r, "landauer", "bitsErased"), 1e-14);
        assertTrue(removed > 0.6, "most of the bit is erased: " + removed);
        double ratio = Runs.number(r, "landauer", "boundRatio");
        assertEquals(heat / removed, ratio, 1e-12);
        assertTrue(ratio >= 1.0, "Landauer: " + ratio);
        assertTrue(r.warnings().stream().noneMatch(w -> w.startsWith("landauer")), r.warnings().toString());
    }
}
