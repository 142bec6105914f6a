package org.szilard.api.substance;

import org.szilard.api.operator.Operator;

/**
 * One site of a substance that a reservoir can attach to alone: a spin of a chain, an oscillator mode, a quantum dot.
 * Operators act on the whole Hilbert space (the site's operator embedded with identities on the other subsystems).
 */
public interface Site {

    /** The lowering operator of the site: S_- of a spin, a of a mode, the annihilation operator d_j of a dot. */
    Operator lowering();

    /**
     * The bare splitting of the site's own term in H at control value lambda (lambda for a spin-chain site whose
     * bare term is lambda S_z; the level energy of a dot); local-form reservoirs evaluate their rates here.
     */
    double bareFrequency(double lambda);

    /** The Hermitian operator a global bath attached to this site couples through (2 S_x of the site, a + a^dag). */
    Operator coupling();
}
