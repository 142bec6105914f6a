package org.szilard.cli.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.kernel.engine.RunResult;

/**
 * A single level eps between two fermionic leads in the steady state (sequential tunnelling): particle current
 * I = G_L G_R / (G_L + G_R) (f_L(eps) - f_R(eps)) from left to right, heat currents (eps - mu_r) I_r, extracted
 * power (mu_R - mu_L) I, and for a thermoelectric engine the efficiency (mu_R - mu_L) / (eps - mu_L). Also against
 * QuTiP 4.7.1 (reference/single-dot.properties, docs/validation/chains_and_dots.py).
 */
class SingleDotTest {

    @TempDir
    Path folder;

    private RunResult dot(double eps, double tl, double mul, double gl, double tr, double mur, double gr) {
        return Runs.runYaml(folder, "dot", """
                substance: { type: quantum-dot, dots: 1 }
                reservoirs:
                  left:  { type: fermionic, temperature: %s, chemicalPotential: %s, coupling: %s }
                  right: { type: fermionic, temperature: %s, chemicalPotential: %s, coupling: %s }
                protocol: { type: steady, control: %s }
                analyzers: [energetics, entropy]
                """.formatted(tl, mul, gl, tr, mur, gr, eps));
    }

    private static double fermi(double w, double mu, double t) {
        return 1.0 / (Math.exp((w - mu) / t) + 1.0);
    }

    @Test
    void currentsMatchSequentialTunnellingAndQutip() {
        Reference ref = Reference.load("single-dot");
        RunResult r = dot(0.3, 1.0, 0.5, 0.7, 0.4, -0.2, 0.2);
        double current = 0.7 * 0.2 / 0.9 * (fermi(0.3, 0.5, 1.0) - fermi(0.3, -0.2, 0.4));
        assertEquals(current, Runs.entry(r, "particleCurrent", "left"), 1e-8);
        assertEquals(-current, Runs.entry(r, "particleCurrent", "right"), 1e-8);
        assertEquals((0.3 - 0.5) * current, Runs.entry(r, "heatCurrent", "left"), 1e-8);
        assertEquals((0.3 + 0.2) * -current, Runs.entry(r, "heatCurrent", "right"), 1e-8);
        assertEquals((-0.2 - 0.5) * current, Runs.number(r, "energetics", "power"), 1e-8);
        assertEquals(0.5 * current, Runs.entry(r, "chemicalWork", "left"), 1e-8);
        assertEquals(-0.2 * -current, Runs.entry(r, "chemicalWork", "right"), 1e-8);
        assertEquals(ref.get("qutip.particleCurrent.left"), Runs.entry(r, "particleCurrent", "left"), 1e-8);
        assertEquals(ref.get("qutip.heatCurrent.right"), Runs.entry(r, "heatCurrent", "right"), 1e-8);
        assertEquals(ref.get("qutip.power"), Runs.number(r, "energetics", "power"), 1e-8);
        assertEquals(ref.get("qutip.entropyProductionRate"), Runs.number(r, "entropy", "production"), 1e-8);
    }

    @Test
    void thermoelectricEngineEfficiency() {
        // hot left lead at mu = 0 drives particles through a level at eps = 1 into the cold right lead at mu = 0.3
        RunResult r = dot(1.0, 1.0, 0.0, 0.5, 0.4, 0.3, 0.8);
        double current = 0.5 * 0.8 / 1.3 * (fermi(1.0, 0.0, 1.0) - fermi(1.0, 0.3, 0.4));
        assertEquals(0.3 * current, Runs.number(r, "energetics", "power"), 1e-8);
        assertEquals("engine", Runs.values(r, "energetics").get("regime"));
        assertEquals(0.3 / 1.0, Runs.number(r, "energetics", "efficiency"), 1e-8);
        assertEquals(1 - 0.4 / 1.0, Runs.number(r, "energetics", "carnotEfficiency"), 1e-12);
    }
}
