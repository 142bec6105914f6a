package org.szilard.plugin.solvers;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.szilard.api.operator.Operator;
import org.szilard.api.solver.MasterEquation;

/** Hand-written master equations with known solutions, shared by the solver tests. */
final class TestEquations {

    static final double GAMMA = 0.7;
    static final double OMEGA = 1.3;

    private TestEquations() {
    }

    /**
     * A qubit decaying from |1> to |0> at rate gamma, H = omega |1><1|, D(rho) = gamma D[sigma_-]: rho_11 decays as
     * exp(-gamma t), the coherence rho_01 as exp(-(gamma/2 - i omega) t). The extra component integrates the energy
     * emitted, omega * gamma * rho_11, which reaches omega p (1 - exp(-gamma t)).
     */
    static final class DecayingQubit implements MasterEquation {

        @Override
        public int dimension() {
            return 9;
        }

        @Override
        public int hilbertDimension() {
            return 2;
        }

        @Override
        public void derivatives(double s, double[] y, double[] yDot) {
            // y: rho00 (0,1), rho01 (2,3), rho10 (4,5), rho11 (6,7), emitted energy (8)
            double p1 = y[6];
            yDot[0] = GAMMA * p1;
            yDot[1] = 0.0;
            // d rho01/dt = (i omega - gamma/2) rho01
            yDot[2] = -0.5 * GAMMA * y[2] - OMEGA * y[3];
            yDot[3] = -0.5 * GAMMA * y[3] + OMEGA * y[2];
            yDot[4] = -0.5 * GAMMA * y[4] + OMEGA * y[5];
            yDot[5] = -0.5 * GAMMA * y[5] - OMEGA * y[4];
            yDot[6] = -GAMMA * p1;
            yDot[7] = 0.0;
            yDot[8] = OMEGA * GAMMA * p1;
        }

        @Override
        public boolean isTimeIndependent() {
            return true;
        }

        @Override
        public boolean isClosed() {
            return false;
        }

        @Override
        public Operator hamiltonian(double s) {
            // H = -(omega/2) sigma_z in the basis (0 = ground, 1 = excited) of this test
            return Operator.diagonal(-0.5 * OMEGA, 0.5 * OMEGA);
        }
    }

    /**
     * A closed spin 1/2 driven through H(s) = lambda(s) S_z + h S_x (basis: up, down), with the extracted work as
     * the one extra component: dW/ds = -lambda'(s) Tr(rho S_z). A control with zero rate everywhere is declared
     * time independent.
     */
    static final class DrivenSpin implements MasterEquation {

        private final double h;
        private final DoubleUnaryOperator lambda;
        private final DoubleUnaryOperator rate;
        private final boolean constant;
        private final double[] hRe = new double[4];
        private final double[] hIm = new double[4];

        private DrivenSpin(double h, DoubleUnaryOperator lambda, DoubleUnaryOperator rate, boolean constant) {
            this.h = h;
            this.lambda = lambda;
            this.rate = rate;
            this.constant = constant;
        }

        /** A constant control. */
        static DrivenSpin constant(double lambda, double h) {
            return new DrivenSpin(h, s -> lambda, s -> 0.0, true);
        }

        /** A moving control with its rate of change. */
        static DrivenSpin moving(DoubleUnaryOperator lambda, DoubleUnaryOperator rate, double h) {
            return new DrivenSpin(h, lambda, rate, false);
        }

        @Override
        public int dimension() {
            return 9;
        }

        @Override
        public int hilbertDimension() {
            return 2;
        }

        @Override
        public void derivatives(double s, double[] y, double[] yDot) {
            double l = lambda.applyAsDouble(s);
            hRe[0] = 0.5 * l;
            hRe[1] = 0.5 * h;
            hRe[2] = 0.5 * h;
            hRe[3] = -0.5 * l;
            // d rho/ds = -i (H rho - rho H): with A = H rho - rho H, -i A has real part Im A and imaginary part -Re A
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    double re = 0.0;
                    double im = 0.0;
                    for (int k = 0; k < 2; k++) {
                        double ar = hRe[2 * i + k], ai = hIm[2 * i + k];
                        double br = y[2 * (2 * k + j)], bi = y[2 * (2 * k + j) + 1];
                        double cr = y[2 * (2 * i + k)], ci = y[2 * (2 * i + k) + 1];
                        double dr = hRe[2 * k + j], di = hIm[2 * k + j];
                        re += ar * br - ai * bi - (cr * dr - ci * di);
                        im += ar * bi + ai * br - (cr * di + ci * dr);
                    }
                    yDot[2 * (2 * i + j)] = im;
                    yDot[2 * (2 * i + j) + 1] = -re;
                }
            }
            yDot[8] = -rate.applyAsDouble(s) * 0.5 * (y[0] - y[6]);
        }

        @Override
        public boolean isTimeIndependent() {
            return constant;
        }

        @Override
        public boolean isClosed() {
            return true;
        }

        @Override
        public Operator hamiltonian(double s) {
            double l = lambda.applyAsDouble(s);
            return Operator.real(new double[][] {{0.5 * l, 0.5 * h}, {0.5 * h, -0.5 * l}});
        }

        /** The energy Tr(rho H(s)) of the state in y. */
        double energy(double s, double[] y) {
            double l = lambda.applyAsDouble(s);
            return 0.5 * l * (y[0] - y[6]) + h * y[2];
        }
    }

    /** Forwards to another equation and counts the calls of {@link #derivatives} and {@link #hamiltonian}. */
    static class Counting implements MasterEquation {

        private final MasterEquation inner;
        int derivativeCalls;
        int hamiltonianCalls;

        Counting(MasterEquation inner) {
            this.inner = inner;
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public int hilbertDimension() {
            return inner.hilbertDimension();
        }

        @Override
        public void derivatives(double s, double[] y, double[] yDot) {
            derivativeCalls++;
            inner.derivatives(s, y, yDot);
        }

        @Override
        public boolean isTimeIndependent() {
            return inner.isTimeIndependent();
        }

        @Override
        public boolean isClosed() {
            return inner.isClosed();
        }

        @Override
        public Operator hamiltonian(double s) {
            hamiltonianCalls++;
            return inner.hamiltonian(s);
        }
    }

    /** The one-component equation y' = f(s, y), time dependent. */
    static MasterEquation scalar(DoubleBinaryOperator f) {
        return system(1, (s, y, yDot) -> yDot[0] = f.applyAsDouble(s, y[0]));
    }

    /** The right-hand side of a test system y' = f(s, y). */
    interface Derivatives {
        void apply(double s, double[] y, double[] yDot);
    }

    /** An ordinary differential system of the given dimension presented as a (closed) master equation. */
    static MasterEquation system(int dimension, Derivatives f) {
        return new MasterEquation() {
            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public int hilbertDimension() {
                return 1;
            }

            @Override
            public void derivatives(double s, double[] y, double[] yDot) {
                f.apply(s, y, yDot);
            }

            @Override
            public boolean isTimeIndependent() {
                return false;
            }

            @Override
            public boolean isClosed() {
                return true;
            }

            @Override
            public Operator hamiltonian(double s) {
                throw new UnsupportedOperationException("a test system has no Hamiltonian");
            }
        };
    }

    /** The state vector of the 2 x 2 density matrix {{p0, c}, {conj c, 1 - p0}} with c = cr + i ci, and one zero. */
    static double[] qubit(double p0, double cr, double ci) {
        return new double[] {p0, 0, cr, ci, cr, -ci, 1 - p0, 0, 0};
    }
}
