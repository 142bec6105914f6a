package org.szilard.plugin.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.szilard.plugin.analyzers.Snapshots.number;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.api.analyzer.RunRecord;
import org.szilard.api.operator.Operator;
import org.szilard.testkit.PluginTests;

/**
 * Ergotropy against hand-derived values. A qubit cell has H = omega S_z = diag(omega/2, -omega/2) in the basis up,
 * down; here omega = 2.
 * <ul>
 * <li>Pure |up>: E = omega/2; the passive state puts the eigenvalue 1 on the ground level: E_p = -omega/2, so the
 * ergotropy is omega.</li>
 * <li>Diagonal rho = diag(p, 1 - p): E = omega (p - 1/2); the passive state puts max(p, 1 - p) on the ground level,
 * E_p = -omega |p - 1/2|; ergotropy omega (p - 1/2 + |p - 1/2|): 2 omega (p - 1/2) for an inverted population,
 * 0 otherwise.</li>
 * <li>rho = (I + r.sigma)/2: E = (omega/2) r_z, eigenvalues (1 +- |r|)/2, E_p = -(omega/2)|r|, ergotropy
 * (omega/2)(r_z + |r|); for |+> (r = x): omega/2 although E = 0 (coherent ergotropy).</li>
 * <li>Two cells, H = omega (S_z x I + I x S_z) = diag(omega, 0, 0, -omega) in the order up-up, up-down, down-up,
 * down-down. |up up>: E = omega, E_p = -omega, ergotropy 2 omega. (|up up> + |down down>)/sqrt 2: E = 0, pure, so
 * E_p = -omega and the ergotropy is omega, whereas each cell alone is maximally mixed and passive. Product of two
 * cells diag(0.6, 0.4): rho = diag(0.36, 0.24, 0.24, 0.16), E = 0.36 omega - 0.16 omega = 0.2 omega, passive
 * 0.36 on -omega, 0.24 and 0.24 on 0, 0.16 on omega: E_p = -0.2 omega, ergotropy 0.4 omega = twice a single cell's
 * 2 omega (0.6 - 1/2) = 0.2 omega.</li>
 * </ul>
 */
class ErgotropyTest {

    private static final double OMEGA = 2.0;
    private static final Operator CELL = Operator.diagonal(OMEGA / 2, -OMEGA / 2);
    private static final Operator BATTERY = Operator.diagonal(OMEGA, 0.0, 0.0, -OMEGA);

    /** The results for a run ending in rho under h, checked against sampling that final state. */
    private static ResultBlock ergotropy(Operator rho, Operator h, int... dims) {
        RunRecord run = Snapshots.ending(rho, h, dims);
        Analyzer analyzer = PluginTests.create(new ErgotropyProvider(), PluginTests.context(run.substance()));
        return Snapshots.finishAndSampleEnd(analyzer, run);
    }

    private static void assertErgotropy(double ergotropy, double energy, double passive, ResultBlock b) {
        assertEquals(List.of("ergotropy", "energy", "passiveEnergy"), List.copyOf(b.values().keySet()));
        assertEquals(ergotropy, number(b, "ergotropy"), 1e-12, "ergotropy");
        assertEquals(energy, number(b, "energy"), 1e-12, "energy");
        assertEquals(passive, number(b, "passiveEnergy"), 1e-12, "passiveEnergy");
        assertEquals(List.of(), b.warnings());
    }

    @Test
    void excitedQubitYieldsItsWholeGap() {
        assertErgotropy(OMEGA, OMEGA / 2, -OMEGA / 2, ergotropy(Snapshots.pure(1, 0), CELL));
        assertErgotropy(0.0, -OMEGA / 2, -OMEGA / 2, ergotropy(Snapshots.pure(0, 1), CELL));
    }

    @Test
    void mixedQubitYieldsWorkOnlyWhenInverted() {
        assertErgotropy(2 * OMEGA * 0.2, OMEGA * 0.2, -OMEGA * 0.2, ergotropy(Operator.diagonal(0.7, 0.3), CELL));
        assertErgotropy(0.0, -OMEGA * 0.2, -OMEGA * 0.2, ergotropy(Operator.diagonal(0.3, 0.7), CELL));
    }

    @Test
    void coherentQubitYieldsWorkAtZeroEnergy() {
        assertErgotropy(OMEGA / 2, 0.0, -OMEGA / 2, ergotropy(Snapshots.pure(1, 1), CELL));
        // r = (0.3, 0.4, 0): |r| = 0.5, E = 0
        assertErgotropy(OMEGA / 2 * 0.5, 0.0, -OMEGA / 2 * 0.5, ergotropy(Snapshots.bloch(0.3, 0.4, 0.0), CELL));
        // r = (0, 0.6, -0.8): |r| = 1 (pure), E = -0.4 omega, ergotropy 0.1 omega
        assertErgotropy(OMEGA / 2 * 0.2, -OMEGA / 2 * 0.8, -OMEGA / 2, ergotropy(Snapshots.bloch(0, 0.6, -0.8), CELL));
    }

    @Test
    void twoCellBatteryIsTreatedAsOneSystem() {
        assertErgotropy(2 * OMEGA, OMEGA, -OMEGA, ergotropy(Snapshots.pure(1, 0, 0, 0), BATTERY, 2, 2));
        assertErgotropy(OMEGA, 0.0, -OMEGA, ergotropy(Snapshots.pure(1, 0, 0, 1), BATTERY, 2, 2));
        Operator cell = Operator.diagonal(0.6, 0.4);
        assertErgotropy(0.4 * OMEGA, 0.2 * OMEGA, -0.2 * OMEGA, ergotropy(cell.kron(cell), BATTERY, 2, 2));
    }

    @Test
    void seriesUsesTheHamiltonianAtEachInstant() {
        // |up> under H(lambda) = lambda S_z: E = lambda/2, passive -|lambda|/2, ergotropy max(0, lambda)
        var substance = Snapshots.driven(Operator.zero(2), CELL.times(1.0 / OMEGA));
        Analyzer analyzer = PluginTests.create(new ErgotropyProvider(), PluginTests.context(substance));
        assertEquals(List.of("ergotropy", "energy", "passiveEnergy"), analyzer.seriesColumns());
        for (double lambda : new double[] {3.0, 0.5, 0.0, -2.0}) {
            var up = Snapshots.state(substance, lambda, Snapshots.pure(1, 0));
            double[] values = Snapshots.sample(analyzer, Snapshots.observation(up));
            assertEquals(Math.max(0.0, lambda), values[0], 1e-12, "ergotropy at lambda = " + lambda);
            assertEquals(lambda / 2, values[1], 1e-12, "energy at lambda = " + lambda);
            assertEquals(-Math.abs(lambda) / 2, values[2], 1e-12, "passiveEnergy at lambda = " + lambda);
        }
    }
}
