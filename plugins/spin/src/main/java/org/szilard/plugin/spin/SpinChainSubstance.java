package org.szilard.plugin.spin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.substance.AffineSubstance;
import org.szilard.api.substance.Site;
import org.szilard.api.substance.WorkingSubstance;

/**
 * A chain of N spins j with Heisenberg XYZ nearest-neighbour couplings in a control field (uniform unless the
 * sites have their own field factors f_i),
 * H(lambda) = sum_bonds (jx S^x_i S^x_k + jy S^y_i S^y_k + jz S^z_i S^z_k) + lambda sum_i f_i S^z_i, the bonds being
 * (i, i+1) and, on a periodic chain, (N-1, 0). Spin i is subsystem i in Kronecker order, so basis index
 * sum_i k_i (2j+1)^(N-1-i) holds m_i = j - k_i on every spin.
 *
 * <p>Coupling operators: the default is 2 sum_i S^x_i; "sx", "sy", "sz" are 2 sum_i S^a_i, and "sx<i>", "sy<i>",
 * "sz<i>" (i = 0 ... N-1) are 2 S^a of spin i alone (Pauli matrices for spin 1/2). Site i has the lowering
 * operator S_-^(i), the bare splitting f_i lambda and the coupling 2 S^x_i. All operators are built entry by entry,
 * so their cost follows their non-zero entries.
 */
final class SpinChainSubstance {

    private static final String[] AXES = {"x", "y", "z"};

    private SpinChainSubstance() {
    }

    /**
     * @param spin the matrices of one spin
     * @param n the number of spins, at least 2 (at least 3 when periodic, so that no bond is counted twice)
     * @param exchange the couplings jx, jy, jz
     * @param periodic whether the bond (N-1, 0) closes the chain
     * @param fields the field factor f_i of every spin
     */
    static WorkingSubstance of(SpinMatrices spin, int n, double[] exchange, boolean periodic, double[] fields) {
        UniformProductSpace space = new UniformProductSpace(spin.dimension(), n);
        int d = space.dimension();
        Operator[] components = {spin.sx(), spin.sy(), spin.sz()};

        Operator.Builder bonds = Operator.builder(d);
        for (int i = 0; i < (periodic ? n : n - 1); i++) {
            int[] bond = {i, (i + 1) % n};
            for (int a = 0; a < 3; a++) {
                if (exchange[a] != 0.0) {
                    space.add(bonds, exchange[a], bond, components[a], components[a]);
                }
            }
        }
        Operator.Builder field = Operator.builder(d);
        for (int i = 0; i < n; i++) {
            space.add(field, fields[i], new int[] {i}, spin.sz());
        }
        AffineSubstance.Builder chain = AffineSubstance.builder(bonds.build(), field.build());

        Operator[] totals = new Operator[3];
        for (int a = 0; a < 3; a++) {
            Operator.Builder total = Operator.builder(d);
            for (int i = 0; i < n; i++) {
                space.add(total, 2.0, new int[] {i}, components[a]);
            }
            totals[a] = total.build();
            chain.coupling("s" + AXES[a], totals[a]);
        }
        List<Site> sites = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                Operator local = space.embed(components[a].times(2.0), i);
                chain.coupling("s" + AXES[a] + i, local);
                if (a == 0) {
                    sites.add(new SpinSite(space.embed(spin.lowering(), i), local, fields[i]));
                }
            }
        }
        int[] subsystems = new int[n];
        Arrays.fill(subsystems, spin.dimension());
        return chain.defaultCoupling(totals[0]).sites(sites).subsystems(subsystems).build();
    }
}
