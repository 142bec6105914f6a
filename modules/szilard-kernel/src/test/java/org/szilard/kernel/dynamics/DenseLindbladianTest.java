package org.szilard.kernel.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;

/**
 * The allocation-free generator against the master equation written out with plain operator algebra:
 * drho = -i[H, rho] + sum_k r_k (L rho L^dag - 1/2 {L^dag L, rho}), heat current Tr(H D_r(rho)), particle current
 * Tr(N D_r(rho)) and power -lambda' Tr(rho dH/dlambda), for random operators.
 */
class DenseLindbladianTest {

    private final Random random = new Random(7);

    private Operator randomMatrix(int d) {
        double[] data = new double[2 * d * d];
        for (int k = 0; k < data.length; k++) {
            data[k] = random.nextGaussian();
        }
        return Operator.wrap(d, data);
    }

    private Operator randomHermitian(int d) {
        Operator a = randomMatrix(d);
        return a.plus(a.dagger()).times(0.5);
    }

    private Operator randomState(int d) {
        Operator a = randomMatrix(d);
        Operator p = a.times(a.dagger());
        return p.times(1.0 / p.traceRe());
    }

    private static Operator dissipator(List<JumpOperator> jumps, Operator rho) {
        Operator sum = Operator.zero(rho.dimension());
        for (JumpOperator j : jumps) {
            Operator l = j.operator();
            Operator ldl = l.dagger().times(l);
            Operator term = l.times(rho).times(l.dagger()).minus(ldl.times(rho).plus(rho.times(ldl)).times(0.5));
            sum = sum.plus(term.times(j.rate()));
        }
        return sum;
    }

    @Test
    void matchesTheMasterEquationAndItsCurrents() {
        int d = 5;
        StateLayout layout = new StateLayout(d, 3);
        Operator h = randomHermitian(d);
        Operator n = randomHermitian(d);
        Operator force = randomHermitian(d);
        Operator rho = randomState(d);
        List<JumpOperator> first = List.of(new JumpOperator(randomMatrix(d), 0.7, 1.0, 0),
                new JumpOperator(randomMatrix(d), 0.2, -1.0, 0));
        List<JumpOperator> third = List.of(new JumpOperator(randomMatrix(d), 1.3, 0.5, 1));
        double[] mu = {0.0, 0.0, 0.4};

        DenseLindbladian generator = new DenseLindbladian(layout);
        generator.set(h, Arrays.asList(first, null, third), mu, n);
        generator.setDrive(force.toInterleaved(), 0.3);
        double[] y = new double[layout.size()];
        rho.copyInto(y, 0);
        double[] yDot = new double[layout.size()];
        generator.apply(y, yDot);

        Operator expected = h.times(rho).minus(rho.times(h)).times(0.0, -1.0)
                .plus(dissipator(first, rho)).plus(dissipator(third, rho));
        Operator actual = Operator.wrap(d, Arrays.copyOf(yDot, layout.rhoLength()));
        assertEquals(0.0, actual.minus(expected).maxAbs(), 1e-12);

        Operator hMinusMuN = h.minus(n.times(0.4));
        assertEquals(dissipator(first, rho).traceOfProductRe(h), yDot[layout.heat(0)], 1e-12);
        assertEquals(0.0, yDot[layout.heat(1)], 0.0);
        assertEquals(dissipator(third, rho).traceOfProductRe(hMinusMuN), yDot[layout.heat(2)], 1e-12);
        assertEquals(dissipator(first, rho).traceOfProductRe(n), yDot[layout.particles(0)], 1e-12);
        assertEquals(dissipator(third, rho).traceOfProductRe(n), yDot[layout.particles(2)], 1e-12);
        assertEquals(-0.3 * rho.traceOfProductRe(force), yDot[layout.work()], 1e-12);
    }

    @Test
    void closedSystemIsUnitaryAndCarriesNoHeat() {
        int d = 4;
        StateLayout layout = new StateLayout(d, 1);
        Operator h = randomHermitian(d);
        Operator rho = randomState(d);
        DenseLindbladian generator = new DenseLindbladian(layout);
        generator.setClosed(h.toInterleaved());
        double[] y = new double[layout.size()];
        rho.copyInto(y, 0);
        double[] yDot = new double[layout.size()];
        generator.apply(y, yDot);
        Operator expected = h.times(rho).minus(rho.times(h)).times(0.0, -1.0);
        assertEquals(0.0, Operator.wrap(d, Arrays.copyOf(yDot, layout.rhoLength())).minus(expected).maxAbs(), 1e-12);
        assertEquals(0.0, yDot[layout.heat(0)], 0.0);
        assertEquals(0.0, yDot[layout.work()], 0.0);
    }
}
