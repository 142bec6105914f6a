package org.szilard.plugin.spin;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.Arrays;
import java.util.List;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.SubstanceProvider;
import org.szilard.api.substance.WorkingSubstance;

/**
 * The {@code spin-chain} substance: N spins j with Heisenberg XYZ nearest-neighbour couplings,
 * H(lambda) = sum_bonds (jx S^x_i S^x_i+1 + jy S^y_i S^y_i+1 + jz S^z_i S^z_i+1) + lambda sum_i f_i S^z_i.
 */
@ServiceProvider(SubstanceProvider.class)
public final class SpinChainProvider implements SubstanceProvider {

    /** The largest dimension whose dense density matrix (2 d^2 doubles) fits one Java array. */
    private static final int MAX_DIMENSION = 32767;

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("sites", "The number of spins N; each spin is a subsystem and a site reservoirs may "
                    + "attach to (site: 0 ... N-1).").unit("").atLeast(2),
            SpinMatrices.SPIN_PARAMETER,
            Parameter.real("jx", "The exchange coupling of S^x_i S^x_i+1 on every bond.").unit("energy")
                    .defaultValue(0.0),
            Parameter.real("jy", "The exchange coupling of S^y_i S^y_i+1 on every bond.").unit("energy")
                    .defaultValue(0.0),
            Parameter.real("jz", "The exchange coupling of S^z_i S^z_i+1 on every bond.").unit("energy")
                    .defaultValue(0.0),
            Parameter.flag("periodic", "Whether the bond (N-1, 0) closes the chain into a ring; needs N >= 3.")
                    .defaultValue(false),
            Parameter.reals("fields", "The field factor f_i of each spin, one per site: H has lambda sum_i f_i Sz_i and "
                    + "site i the bare splitting f_i lambda; default: 1 on every site (a uniform field).").unit("")
                    .optional());

    @Override
    public String type() {
        return "spin-chain";
    }

    @Override
    public String description() {
        return "A Heisenberg XYZ chain of spins j: H(lambda) = sum_bonds (jx SxSx + jy SySy + jz SzSz) "
                + "+ lambda sum_i f_i Sz_i (f_i = 1 unless fields are given); couples through 2 sum_i Sx_i, or the named operators sx, sy, sz "
                + "(2 sum_i S^a_i) and sx0, sy0, sz0, sx1, ... (2 S^a of one spin).";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public WorkingSubstance create(ParameterValues parameters, ScenarioContext context) {
        SpinMatrices spin = SpinMatrices.forSpin(parameters.real("spin"));
        long n = parameters.integer("sites");
        boolean periodic = parameters.flag("periodic");
        if (periodic && n < 3) {
            throw new InvalidParameterException("periodic", "a periodic chain needs at least 3 sites: with 2 sites "
                    + "the closing bond (1, 0) would repeat the bond (0, 1); use periodic: false");
        }
        long dimension = 1;
        for (long k = 0; k < n && dimension <= MAX_DIMENSION; k++) {
            dimension *= spin.dimension();
        }
        if (dimension > MAX_DIMENSION) {
            throw new InvalidParameterException("sites", "the chain's dimension (2j + 1)^sites = "
                    + spin.dimension() + "^" + n + " exceeds " + MAX_DIMENSION
                    + ", the largest whose density matrix fits in memory as one array");
        }
        double[] exchange = {parameters.real("jx"), parameters.real("jy"), parameters.real("jz")};
        double[] fields = new double[(int) n];
        Arrays.fill(fields, 1.0);
        if (parameters.has("fields")) {
            List<Double> given = parameters.reals("fields");
            if (given.size() != n) {
                throw new InvalidParameterException("fields", "give one field factor per site: " + n + " sites but "
                        + given.size() + " factors");
            }
            for (int i = 0; i < n; i++) {
                fields[i] = given.get(i);
            }
        }
        return SpinChainSubstance.of(spin, (int) n, exchange, periodic, fields);
    }
}
