package org.szilard.example.lambda;

import org.szilard.api.operator.Operator;
import org.szilard.api.substance.AffineSubstance;
import org.szilard.api.substance.WorkingSubstance;

/**
 * A three-level Lambda system in the basis (|g1>, |g2>, |e>):
 * <pre>
 *   H(lambda) = delta |g2><g2| + lambda |e><e|,   dH/dlambda = |e><e|,
 * </pre>
 * so lambda is the energy of the excited level above |g1> and delta the splitting of the two ground levels. The
 * two optical transitions are the coupling operators X1 = |g1><e| + |e><g1| (named {@code g1e}) and
 * X2 = |g2><e| + |e><g2| (named {@code g2e}); the default coupling X1 + X2 lets a bath drive both. The ground
 * levels have no optical transition between them, which is what makes the level scheme a Lambda; a bath that
 * acts on them directly (a microwave or Raman channel) couples through X12 = |g1><g2| + |g2><g1|
 * (named {@code g1g2}).
 */
final class LambdaSystem {

    private static final int G1 = 0;
    private static final int G2 = 1;
    private static final int E = 2;

    private LambdaSystem() {
    }

    /** A Lambda system with the given ground-state splitting (energy of |g2> above |g1>). */
    static WorkingSubstance of(double splitting) {
        Operator g1e = transition(G1, E);
        Operator g2e = transition(G2, E);
        return AffineSubstance.builder(Operator.diagonal(0, splitting, 0), Operator.projector(3, E))
                .defaultCoupling(g1e.plus(g2e))
                .coupling("g1e", g1e).coupling("g2e", g2e).coupling("g1g2", transition(G1, G2))
                .build();
    }

    /** |a><b| + |b><a|. */
    private static Operator transition(int a, int b) {
        return Operator.builder(3).add(a, b, 1.0).add(b, a, 1.0).build();
    }
}
