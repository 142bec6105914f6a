package org.szilard.plugin.solvers;

import java.util.stream.IntStream;
import org.szilard.api.solver.MasterEquation;
import org.szilard.api.solver.SolverException;
import org.szilard.api.solver.StepListener;

/**
 * The explicit Runge-Kutta method of Dormand and Prince of order 8 with embedded error estimators of orders 5 and 3
 * (Hairer, Norsett and Wanner, Solving Ordinary Differential Equations I, 2nd ed., section II.10, the DOP853
 * tableau), with its step-size control, on work arrays allocated once per state length.
 *
 * <p>Written here rather than taken from Commons Math: its integrator copies the state in and out of its own
 * container at every evaluation and allocates several state-sized arrays per step (interpolator, dense-output stages,
 * accepted state). For a chain of 10 sites a state holds 2 x 10^6 doubles, and those copies and allocations cost more
 * than the right-hand sides (docs/performance.md). Here each stage is one fused pass over the stage derivatives, the
 * new state and both error estimates are a single pass, the derivative at the end of a step is reused as the first
 * stage of the next (first same as last), and no dense output is formed: the listener sees the state at the end of
 * each accepted step only. An instance is not thread safe; it serves one propagation at a time.
 */
final class DormandPrince853 {

    // Nodes c_i, coupling coefficients a_ij, weights b_i and error weights of the DOP853 tableau (zero entries omitted).
    private static final double C2 = 0.526001519587677318785587544488e-01;
    private static final double C3 = 0.789002279381515978178381316732e-01;
    private static final double C4 = 0.118350341907227396726757197510e+00;
    private static final double C5 = 0.281649658092772603273242802490e+00;
    private static final double C6 = 0.333333333333333333333333333333e+00;
    private static final double C7 = 0.25e+00;
    private static final double C8 = 0.307692307692307692307692307692e+00;
    private static final double C9 = 0.651282051282051282051282051282e+00;
    private static final double C10 = 0.6e+00;
    private static final double C11 = 0.857142857142857142857142857142e+00;

    private static final double A21 = 5.26001519587677318785587544488e-2;
    private static final double A31 = 1.97250569845378994544595329183e-2;
    private static final double A32 = 5.91751709536136983633785987549e-2;
    private static final double A41 = 2.95875854768068491816892993775e-2;
    private static final double A43 = 8.87627564304205475450678981324e-2;
    private static final double A51 = 2.41365134159266685502369798665e-1;
    private static final double A53 = -8.84549479328286085344864962717e-1;
    private static final double A54 = 9.24834003261792003115737966543e-1;
    private static final double A61 = 3.7037037037037037037037037037e-2;
    private static final double A64 = 1.70828608729473871279604482173e-1;
    private static final double A65 = 1.25467687566822425016691814123e-1;
    private static final double A71 = 3.7109375e-2;
    private static final double A74 = 1.70252211019544039314978060272e-1;
    private static final double A75 = 6.02165389804559606850219397283e-2;
    private static final double A76 = -1.7578125e-2;
    private static final double A81 = 3.70920001185047927108779319836e-2;
    private static final double A84 = 1.70383925712239993810214054705e-1;
    private static final double A85 = 1.07262030446373284651809199168e-1;
    private static final double A86 = -1.53194377486244017527936158236e-2;
    private static final double A87 = 8.27378916381402288758473766002e-3;
    private static final double A91 = 6.24110958716075717114429577812e-1;
    private static final double A94 = -3.36089262944694129406857109825e0;
    private static final double A95 = -8.68219346841726006818189891453e-1;
    private static final double A96 = 2.75920996994467083049415600797e1;
    private static final double A97 = 2.01540675504778934086186788979e1;
    private static final double A98 = -4.34898841810699588477366255144e1;
    private static final double A101 = 4.77662536438264365890433908527e-1;
    private static final double A104 = -2.48811461997166764192642586468e0;
    private static final double A105 = -5.90290826836842996371446475743e-1;
    private static final double A106 = 2.12300514481811942347288949897e1;
    private static final double A107 = 1.52792336328824235832596922938e1;
    private static final double A108 = -3.32882109689848629194453265587e1;
    private static final double A109 = -2.03312017085086261358222928593e-2;
    private static final double A111 = -9.3714243008598732571704021658e-1;
    private static final double A114 = 5.18637242884406370830023853209e0;
    private static final double A115 = 1.09143734899672957818500254654e0;
    private static final double A116 = -8.14978701074692612513997267357e0;
    private static final double A117 = -1.85200656599969598641566180701e1;
    private static final double A118 = 2.27394870993505042818970056734e1;
    private static final double A119 = 2.49360555267965238987089396762e0;
    private static final double A1110 = -3.0467644718982195003823669022e0;
    private static final double A121 = 2.27331014751653820792359768449e0;
    private static final double A124 = -1.05344954667372501984066689879e1;
    private static final double A125 = -2.00087205822486249909675718444e0;
    private static final double A126 = -1.79589318631187989172765950534e1;
    private static final double A127 = 2.79488845294199600508499808837e1;
    private static final double A128 = -2.85899827713502369474065508674e0;
    private static final double A129 = -8.87285693353062954433549289258e0;
    private static final double A1210 = 1.23605671757943030647266201528e1;
    private static final double A1211 = 6.43392746015763530355970484046e-1;

    private static final double B1 = 5.42937341165687622380535766363e-2;
    private static final double B6 = 4.45031289275240888144113950566e0;
    private static final double B7 = 1.89151789931450038304281599044e0;
    private static final double B8 = -5.8012039600105847814672114227e0;
    private static final double B9 = 3.1116436695781989440891606237e-1;
    private static final double B10 = -1.52160949662516078556178806805e-1;
    private static final double B11 = 2.01365400804030348374776537501e-1;
    private static final double B12 = 4.47106157277725905176885569043e-2;

    /** The order-3 estimator: the order-8 increment minus this combination of stages 1, 9 and 12. */
    private static final double BHH1 = 0.244094488188976377952755905512e+00;
    private static final double BHH2 = 0.733846688281611857341361741547e+00;
    private static final double BHH3 = 0.220588235294117647058823529412e-01;

    /** The order-5 estimator. */
    private static final double ER1 = 0.1312004499419488073250102996e-01;
    private static final double ER6 = -0.1225156446376204440720569753e+01;
    private static final double ER7 = -0.4957589496572501915214079952e+00;
    private static final double ER8 = 0.1664377182454986536961530415e+01;
    private static final double ER9 = -0.3503288487499736816886487290e+00;
    private static final double ER10 = 0.3341791187130174790297318841e+00;
    private static final double ER11 = 0.8192320648511571246570742613e-01;
    private static final double ER12 = -0.2235530786388629525884427845e-01;

    /**
     * Step-size control: safety factor, and the bounds of the ratio of a new step to the last one. The new step is
     * h * SAFETY * error^(-1/8) within those bounds, with no growth right after a rejection. Where stability rather than
     * accuracy limits the step (fast-decaying levels of a large truncated oscillator), the stiffest components keep an
     * error of the order of the tolerance that the next steps do not damp; the strong reduction after a rejection (to
     * as little as a fifth) puts the steps back well inside the stability region, where they decay, which keeps the
     * state at the end of a stroke reproducible from cycle to cycle of an engine to far below the tolerance (with
     * Hairer's bound of a third, the limit cycle of a 40-level Otto engine wandered by 5e-9 at tolerance 1e-10).
     */
    private static final double SAFETY = 0.9;
    private static final double MIN_RATIO = 0.2;
    private static final double MAX_RATIO = 10.0;
    private static final double ORDER = 8.0;

    /**
     * From this state length on (d of about 360), each pass over the arrays is split into {@value #CHUNKS} chunks run in
     * the common fork-join pool. The chunks are fixed by the length alone and the error sums are added chunk by chunk
     * in order, so the results do not depend on the number of threads.
     */
    static final int PARALLEL_LENGTH = 1 << 18;
    private static final int CHUNKS = 16;

    /** A pass over the elements from..to - 1, the part {@code chunk} of the whole. */
    @FunctionalInterface
    private interface Pass {
        void run(int chunk, int from, int to);
    }

    private final int n;
    private final int chunks;
    private final double[] partialOrder3;
    private final double[] partialOrder5;
    private final double[] partialFinite;
    private final double[] k2, k3, k4, k5, k6, k7, k8, k9, k10;
    private double[] k1;
    private final double[] stage;
    private double[] current;
    private double[] next;
    private double[] derivative;
    private long evaluations;

    /** @param n the length of the state vector */
    DormandPrince853(int n) {
        this.n = n;
        chunks = n >= PARALLEL_LENGTH ? CHUNKS : 1;
        partialOrder3 = new double[chunks];
        partialOrder5 = new double[chunks];
        partialFinite = new double[chunks];
        k1 = new double[n];
        k2 = new double[n];
        k3 = new double[n];
        k4 = new double[n];
        k5 = new double[n];
        k6 = new double[n];
        k7 = new double[n];
        k8 = new double[n];
        k9 = new double[n];
        k10 = new double[n];
        stage = new double[n];
        current = new double[n];
        next = new double[n];
        derivative = new double[n];
    }

    /** The length of the state vectors this instance integrates. */
    int size() {
        return n;
    }

    /** The right-hand side evaluations of the last {@link #integrate} call. */
    long evaluations() {
        return evaluations;
    }

    /** What an integration is allowed; the failure messages name the solver. */
    record Limits(String solver, double tolerance, double maxStep, double minStep, long maxEvaluations) {
    }

    /**
     * Advances y from s = 0 to s = duration in place with the absolute and relative error bound
     * {@code limits.tolerance()}, calling the listener after each accepted step.
     *
     * @throws SolverException when the step falls below the minimum, the evaluations exceed the maximum, or the state
     *         becomes non-finite
     */
    void integrate(MasterEquation equation, double duration, double[] y, Limits limits, StepListener listener) {
        double tolerance = limits.tolerance();
        double hMax = Math.min(limits.maxStep(), duration);
        System.arraycopy(y, 0, current, 0, n);
        evaluations = 0;
        double s = 0.0;
        evaluate(equation, s, current, k1, limits, duration);
        double h = initialStep(equation, tolerance, hMax, limits, duration);
        boolean rejected = false;
        boolean last = false;
        while (!last) {
            if (h < limits.minStep()) {
                throw failure(limits, "the step size fell below " + limits.minStep(), s, duration);
            }
            if (s + 1.01 * h >= duration) {
                h = duration - s;
                last = true;
            }
            double error = attempt(equation, s, h, tolerance, limits, duration);
            if (Double.isNaN(error)) {
                throw new SolverException(limits.solver() + " solver: the state became non-finite between s = " + s
                        + " and s = " + (s + h) + " of a segment of duration " + duration
                        + "; the master equation is ill-posed or unstable");
            }
            double shrink = Math.pow(error, 1.0 / ORDER) / SAFETY;
            if (error <= 1.0) {
                s = last ? duration : s + h;
                evaluate(equation, s, next, derivative, limits, duration);
                swapInAcceptedStep();
                listener.step(s, current);
                double ratio = 1.0 / Math.max(1.0 / MAX_RATIO, Math.min(1.0 / MIN_RATIO, shrink));
                h = Math.min(hMax, rejected ? Math.min(h, h * ratio) : h * ratio);
                rejected = false;
            } else {
                h /= Math.min(1.0 / MIN_RATIO, shrink);
                rejected = true;
                last = false;
            }
        }
        System.arraycopy(current, 0, y, 0, n);
    }

    /**
     * Computes the twelve stages of a step of size h from the current state (k1 holds its derivative), the new state
     * into {@code next}, and returns the scaled error: at most 1 for an acceptable step, NaN when the new state is not
     * finite.
     */
    private double attempt(MasterEquation equation, double s, double h, double tolerance, Limits limits,
            double duration) {
        double[] y = current;
        each((chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                stage[i] = y[i] + h * A21 * k1[i];
            }
        });
        evaluate(equation, s + C2 * h, stage, k2, limits, duration);
        each((chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                stage[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
            }
        });
        evaluate(equation, s + C3 * h, stage, k3, limits, duration);
        each((chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                stage[i] = y[i] + h * (A41 * k1[i] + A43 * k3[i]);
            }
        });
        evaluate(equation, s + C4 * h, stage, k4, limits, duration);
        each((chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                stage[i] = y[i] + h * (A51 * k1[i] + A53 * k3[i] + A54 * k4[i]);
            }
        });
        evaluate(equation, s + C5 * h, stage, k5, limits, duration);
        each((chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                stage[i] = y[i] + h * (A61 * k1[i] + A64 * k4[i] + A65 * k5[i]);
            }
        });
        evaluate(equation, s + C6 * h, stage, k6, limits, duration);
        each((chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                stage[i] = y[i] + h * (A71 * k1[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
            }
        });
        evaluate(equation, s + C7 * h, stage, k7, limits, duration);
        each((chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                stage[i] = y[i] + h * (A81 * k1[i] + A84 * k4[i] + A85 * k5[i] + A86 * k6[i] + A87 * k7[i]);
            }
        });
        evaluate(equation, s + C8 * h, stage, k8, limits, duration);
        each((chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                stage[i] = y[i] + h * (A91 * k1[i] + A94 * k4[i] + A95 * k5[i] + A96 * k6[i] + A97 * k7[i]
                        + A98 * k8[i]);
            }
        });
        evaluate(equation, s + C9 * h, stage, k9, limits, duration);
        each((chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                stage[i] = y[i] + h * (A101 * k1[i] + A104 * k4[i] + A105 * k5[i] + A106 * k6[i] + A107 * k7[i]
                        + A108 * k8[i] + A109 * k9[i]);
            }
        });
        evaluate(equation, s + C10 * h, stage, k10, limits, duration);
        // Stages 2 and 3 are no longer needed: their arrays take stages 11 and 12.
        each((chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                stage[i] = y[i] + h * (A111 * k1[i] + A114 * k4[i] + A115 * k5[i] + A116 * k6[i] + A117 * k7[i]
                        + A118 * k8[i] + A119 * k9[i] + A1110 * k10[i]);
            }
        });
        evaluate(equation, s + C11 * h, stage, k2, limits, duration);
        each((chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                stage[i] = y[i] + h * (A121 * k1[i] + A124 * k4[i] + A125 * k5[i] + A126 * k6[i] + A127 * k7[i]
                        + A128 * k8[i] + A129 * k9[i] + A1210 * k10[i] + A1211 * k2[i]);
            }
        });
        evaluate(equation, s + h, stage, k3, limits, duration);
        double[] out = next;
        each((chunk, from, to) -> {
            double order5 = 0.0;
            double order3 = 0.0;
            double finite = 0.0;
            for (int i = from; i < to; i++) {
                double increment = B1 * k1[i] + B6 * k6[i] + B7 * k7[i] + B8 * k8[i] + B9 * k9[i] + B10 * k10[i]
                        + B11 * k2[i] + B12 * k3[i];
                double value = y[i] + h * increment;
                out[i] = value;
                finite += value * 0.0;
                double scale = tolerance * (1.0 + Math.max(Math.abs(y[i]), Math.abs(value)));
                double e3 = (increment - BHH1 * k1[i] - BHH2 * k9[i] - BHH3 * k3[i]) / scale;
                double e5 = (ER1 * k1[i] + ER6 * k6[i] + ER7 * k7[i] + ER8 * k8[i] + ER9 * k9[i] + ER10 * k10[i]
                        + ER11 * k2[i] + ER12 * k3[i]) / scale;
                order3 += e3 * e3;
                order5 += e5 * e5;
            }
            partialOrder3[chunk] = order3;
            partialOrder5[chunk] = order5;
            partialFinite[chunk] = finite;
        });
        double order5 = 0.0;
        double order3 = 0.0;
        double finite = 0.0;
        for (int c = 0; c < chunks; c++) {
            order3 += partialOrder3[c];
            order5 += partialOrder5[c];
            finite += partialFinite[c];
        }
        if (Double.isNaN(finite)) {
            return Double.NaN;
        }
        double denominator = order5 + 0.01 * order3;
        return denominator > 0.0 ? h * order5 / Math.sqrt(denominator * n) : 0.0;
    }

    /** Runs a pass over all elements: in one go, or chunk by chunk on the common pool's threads. */
    private void each(Pass pass) {
        if (chunks == 1) {
            pass.run(0, 0, n);
        } else {
            IntStream.range(0, chunks).parallel().forEach(c -> pass.run(c, bound(c), bound(c + 1)));
        }
    }

    private int bound(int chunk) {
        return (int) ((long) n * chunk / chunks);
    }

    /** Makes the new state current; its derivative, already evaluated, is the first stage of the next step. */
    private void swapInAcceptedStep() {
        double[] swap = current;
        current = next;
        next = swap;
        swap = k1;
        k1 = derivative;
        derivative = swap;
    }

    /**
     * The initial step of Hairer and Wanner (Solving ODEs I, section II.4): a first guess from the sizes of y and
     * y', refined by the change of y' over one Euler step of that size. Uses k2 and k3 as scratch.
     */
    private double initialStep(MasterEquation equation, double tolerance, double hMax, Limits limits,
            double duration) {
        double normY = 0.0;
        double normF = 0.0;
        for (int i = 0; i < n; i++) {
            double scale = tolerance * (1.0 + Math.abs(current[i]));
            normY += (current[i] / scale) * (current[i] / scale);
            normF += (k1[i] / scale) * (k1[i] / scale);
        }
        double h = normY <= 1e-10 || normF <= 1e-10 ? 1e-6 : 0.01 * Math.sqrt(normY / normF);
        h = Math.min(h, hMax);
        for (int i = 0; i < n; i++) {
            k2[i] = current[i] + h * k1[i];
        }
        evaluate(equation, h, k2, k3, limits, duration);
        double change = 0.0;
        for (int i = 0; i < n; i++) {
            double scale = tolerance * (1.0 + Math.abs(current[i]));
            double d = (k3[i] - k1[i]) / scale;
            change += d * d;
        }
        double curvature = Math.max(Math.sqrt(change / n) / h, Math.sqrt(normF / n));
        double refined = curvature <= 1e-15 ? Math.max(1e-6, 1e-3 * h) : Math.pow(0.01 / curvature, 1.0 / ORDER);
        return Math.min(Math.min(100.0 * h, refined), hMax);
    }

    private void evaluate(MasterEquation equation, double s, double[] y, double[] dy, Limits limits,
            double duration) {
        if (++evaluations > limits.maxEvaluations()) {
            throw failure(limits, "more than " + limits.maxEvaluations() + " evaluations were needed", s, duration);
        }
        equation.derivatives(s, y, dy);
    }

    private static SolverException failure(Limits limits, String what, double reached, double duration) {
        return new SolverException(limits.solver() + " solver: " + what + " at s = " + reached
                + " of a segment of duration " + duration + " (tolerance " + limits.tolerance()
                + "); the equations may be stiff or ill-posed: try a looser tolerance or another solver");
    }
}
