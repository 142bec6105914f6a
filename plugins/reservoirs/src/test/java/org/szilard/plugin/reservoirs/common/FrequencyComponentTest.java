package org.szilard.plugin.reservoirs.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.szilard.plugin.reservoirs.testing.Fixtures.MATH;
import static org.szilard.plugin.reservoirs.testing.Fixtures.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.Spectrum;
import org.szilard.plugin.reservoirs.testing.HandBuilt;

/** The decomposition X = sum_w X(w) into parts that lower the energy by w, degenerate levels included. */
class FrequencyComponentTest {

    @Test
    void componentsLowerTheEnergyByTheirFrequencyAndAddUpToTheOperator() {
        // two uncoupled dots at equal energies: degenerate one-particle levels and repeated Bohr frequencies
        Operator h = HandBuilt.doubleDot(0.4, 0.0, 1.3).hamiltonian(0.0);
        Spectrum spectrum = MATH.spectrum(h);
        Operator x = Operator.complex(new double[][] {{0.1, 1, 2, 0.5}, {0, -0.3, 0.5, 1}, {0.7, 0, 0, 2}, {-0.2, 1, 3, 0}},
                new double[][] {{0, 0.2, 0, 0}, {0.4, 0, 0, 0}, {0, 0, 0.6, 0}, {0, 0, 0, -1}});
        List<FrequencyComponent> components = FrequencyComponent.of(x, spectrum, w -> true);

        Operator sum = Operator.zero(4);
        for (int k = 0; k < components.size(); k++) {
            FrequencyComponent c = components.get(k);
            Operator l = c.operator();
            assertClose(l.times(-c.frequency()), h.times(l).minus(l.times(h)), 1e-12);
            if (k > 0) {
                assertTrue(c.frequency() > components.get(k - 1).frequency());
            }
            sum = sum.plus(l);
        }
        assertClose(x, sum, 1e-12);
        // levels 0, 0.4, 0.4, 2.1: frequencies 0, +-0.4, +-1.7, +-2.1
        assertEquals(7, components.size(), components::toString);
        assertEquals(List.of(0.4, 1.7, 2.1), FrequencyComponent.of(x, spectrum, w -> w > 0).stream()
                .map(c -> Math.rint(c.frequency() * 1e12) / 1e12).toList());
    }
}
