package org.szilard.plugin.solvers.jumps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.szilard.api.operator.Operator;
import org.szilard.api.reservoir.JumpOperator;
import org.szilard.api.solver.MasterEquation;

/**
 * A qubit H(s) = (omega + slope s) |1><1| + g sigma_x between bosonic baths, each giving sigma_- at rate gamma (n + 1)
 * and sigma_+ at rate gamma n (the global form when g = 0), in the kernel's layout: rho, the extracted work
 * (-slope rho_11), the counterdiabatic cost (none), the heat Tr(H D_r(rho)) taken from each bath, the particles
 * (none). Written with plain operator algebra, independently of the solvers.
 */
class QubitEquation implements MasterEquation {

    private final double omega;
    private final double slope;
    private final double g;
    private final double[] gammas;
    private final double[] occupations;

    QubitEquation(double omega, double slope, double g, double[] gammas, double[] occupations) {
        this.omega = omega;
        this.slope = slope;
        this.g = g;
        this.gammas = gammas.clone();
        this.occupations = occupations.clone();
    }

    /** The bath occupation n_T(w) = 1 / (exp(w / T) - 1). */
    static double occupation(double w, double temperature) {
        return 1.0 / Math.expm1(w / temperature);
    }

    @Override
    public List<List<JumpOperator>> jumps(double s) {
        double w = omega + slope * s;
        Operator lower = Operator.builder(2).add(0, 1, 1.0).build();
        List<List<JumpOperator>> list = new ArrayList<>();
        for (int r = 0; r < gammas.length; r++) {
            list.add(List.of(new JumpOperator(lower, gammas[r] * (occupations[r] + 1), w, 0),
                    new JumpOperator(lower.dagger(), gammas[r] * occupations[r], -w, 0)));
        }
        return list;
    }

    @Override
    public int dimension() {
        return 10 + 2 * gammas.length;
    }

    @Override
    public int hilbertDimension() {
        return 2;
    }

    @Override
    public void derivatives(double s, double[] y, double[] yDot) {
        Operator h = hamiltonian(s);
        List<List<JumpOperator>> baths = jumps(s);
        Operator rho = Operator.wrap(2, Arrays.copyOf(y, 8));
        Operator total = h.times(rho).minus(rho.times(h)).times(0.0, -1.0);
        for (int r = 0; r < baths.size(); r++) {
            Operator dissipated = Operator.zero(2);
            for (JumpOperator j : baths.get(r)) {
                Operator l = j.operator();
                Operator ldl = l.dagger().times(l);
                dissipated = dissipated.plus(l.times(rho).times(l.dagger())
                        .minus(ldl.times(rho).plus(rho.times(ldl)).times(0.5)).times(j.rate()));
            }
            total = total.plus(dissipated);
            yDot[10 + r] = dissipated.traceOfProductRe(h);
        }
        total.copyInto(yDot, 0);
        yDot[8] = -slope * y[6];
        yDot[9] = 0.0;
        Arrays.fill(yDot, 10 + baths.size(), yDot.length, 0.0);
    }

    @Override
    public boolean isTimeIndependent() {
        return slope == 0.0;
    }

    @Override
    public boolean isClosed() {
        return gammas.length == 0;
    }

    @Override
    public Operator hamiltonian(double s) {
        return Operator.real(new double[][] {{0.0, g}, {g, omega + slope * s}});
    }

    /** Tr(rho H(s)) of the state in y. */
    double energy(double s, double[] y) {
        return (omega + slope * s) * y[6] + 2 * g * y[2];
    }
}
