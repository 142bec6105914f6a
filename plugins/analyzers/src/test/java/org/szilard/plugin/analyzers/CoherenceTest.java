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

class CoherenceTest {

    private static final Operator SZ = Operator.diagonal(0.5, -0.5);
    private static final Operator SX = Operator.real(new double[][] {{0, 0.5}, {0.5, 0}});

    /** The results for a run ending in rho under h, checked against sampling that final state. */
    private static ResultBlock coherence(Operator rho, Operator h) {
        RunRecord run = Snapshots.ending(rho, h);
        Analyzer analyzer = PluginTests.create(new CoherenceProvider(), PluginTests.context(run.substance()));
        return Snapshots.finishAndSampleEnd(analyzer, run);
    }

    @Test
    void plusStateUnderSzHasUnitL1AndOneBitOfRelativeEntropy() {
        ResultBlock b = coherence(Snapshots.pure(1, 1), SZ.times(2.0));
        assertEquals(List.of("l1", "relativeEntropy"), List.copyOf(b.values().keySet()));
        assertEquals(1.0, number(b, "l1"), 1e-12);
        assertEquals(Math.log(2.0), number(b, "relativeEntropy"), 1e-12);
    }

    @Test
    void coherenceIsTakenInTheEnergyEigenbasisNotTheComputationalOne() {
        // |+> is an eigenstate of S_x: no coherence; |up> is an equal superposition of S_x eigenstates
        ResultBlock plus = coherence(Snapshots.pure(1, 1), SX);
        assertEquals(0.0, number(plus, "l1"), 1e-12);
        assertEquals(0.0, number(plus, "relativeEntropy"), 1e-12);
        ResultBlock up = coherence(Snapshots.pure(1, 0), SX);
        assertEquals(1.0, number(up, "l1"), 1e-12);
        assertEquals(Math.log(2.0), number(up, "relativeEntropy"), 1e-12);
    }

    @Test
    void mixedQubitHasL1OfTheBlochVectorsTransversePart() {
        // rho = (I + r.sigma)/2: |rho_01| = |r_perp|/2, so l1 = |r_perp|; eigenvalues (1 +- |r|)/2
        Operator rho = Snapshots.bloch(0.3, 0.4, 0.5);
        ResultBlock b = coherence(rho, SZ);
        assertEquals(0.5, number(b, "l1"), 1e-12);
        double r = Math.sqrt(0.5);
        double expected = h((1 + 0.5) / 2) - h((1 + r) / 2);
        assertEquals(expected, number(b, "relativeEntropy"), 1e-12);
    }

    @Test
    void coherenceInsideADegenerateLevelDoesNotCount() {
        Operator h = Operator.diagonal(1.0, 1.0, 0.0);
        ResultBlock inside = coherence(Snapshots.pure(1, 1, 0), h);
        assertEquals(0.0, number(inside, "l1"), 1e-12);
        assertEquals(0.0, number(inside, "relativeEntropy"), 1e-12);
        // a mixed state whose only coherence lies in the degenerate block (real and complex entries)
        Operator mixed = Operator.complex(new double[][] {{0.3, 0.1, 0}, {0.1, 0.3, 0}, {0, 0, 0.4}},
                new double[][] {{0, 0.1, 0}, {-0.1, 0, 0}, {0, 0, 0}});
        ResultBlock block = coherence(mixed, h);
        assertEquals(0.0, number(block, "l1"), 1e-12);
        assertEquals(0.0, number(block, "relativeEntropy"), 1e-12);
        // within a relative 1e-9 the levels still count as one
        ResultBlock near = coherence(Snapshots.pure(1, 1, 0), Operator.diagonal(1.0, 1.0 + 1e-12, 0.0));
        assertEquals(0.0, number(near, "l1"), 1e-12);
        // coherence between different levels counts: (|a> + |c>)/sqrt 2 with a in the degenerate level
        ResultBlock across = coherence(Snapshots.pure(1, 0, 1), h);
        assertEquals(1.0, number(across, "l1"), 1e-12);
        assertEquals(Math.log(2.0), number(across, "relativeEntropy"), 1e-12);
    }

    @Test
    void degenerateLevelIsRotatedToDiagonaliseTheBlockBeforeCountingCrossTerms() {
        // psi = (|0> + |1> + sqrt 2 |2>)/2 with levels 0, 1 degenerate: inside the level psi points along
        // (|0> + |1>)/sqrt 2, so in the adapted basis psi = (|e> + |2>)/sqrt 2: l1 = 1, C_r = ln 2 (in the
        // computational basis l1 would be 1/2 + 2 sqrt 2 / 2 = 1.91)
        ResultBlock b = coherence(Snapshots.pure(1, 1, Math.sqrt(2)), Operator.diagonal(2.0, 2.0, -1.0));
        assertEquals(1.0, number(b, "l1"), 1e-12);
        assertEquals(Math.log(2.0), number(b, "relativeEntropy"), 1e-12);
    }

    @Test
    void seriesTakesTheEigenbasisOfTheHamiltonianAtEachInstant() {
        // H(lambda) = S_z + lambda S_x = (sqrt(1 + lambda^2)/2) (cos t sigma_z + sin t sigma_x), tan t = lambda; |up>
        // has amplitudes cos(t/2), sin(t/2) on the eigenvectors: l1 = |sin t| and C_r = h(cos^2(t/2))
        var substance = Snapshots.driven(SZ, SX);
        Analyzer analyzer = PluginTests.create(new CoherenceProvider(), PluginTests.context(substance));
        assertEquals(List.of("l1", "relativeEntropy"), analyzer.seriesColumns());
        Operator up = Snapshots.pure(1, 0);
        for (double lambda : new double[] {0.0, 0.5, -1.0, 3.0}) {
            double t = Math.atan(lambda);
            double[] values = Snapshots.sample(analyzer, Snapshots.observation(Snapshots.state(substance, lambda, up)));
            assertEquals(Math.abs(Math.sin(t)), values[0], 1e-12, "l1 at lambda = " + lambda);
            double c = Math.cos(t / 2) * Math.cos(t / 2);
            assertEquals(c == 1.0 ? 0.0 : h(c), values[1], 1e-12, "relativeEntropy at lambda = " + lambda);
        }
    }

    private static double h(double p) {
        return -p * Math.log(p) - (1 - p) * Math.log(1 - p);
    }
}
