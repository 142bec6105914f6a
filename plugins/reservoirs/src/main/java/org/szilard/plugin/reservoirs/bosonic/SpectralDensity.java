package org.szilard.plugin.reservoirs.bosonic;

/** The spectral density J(w) of a bosonic bath at a positive Bohr frequency w. */
interface SpectralDensity {

    /** J(w). */
    double at(double frequency);

    /** J(w) = 1. */
    static SpectralDensity flat() {
        return w -> 1.0;
    }

    /** J(w) = w exp(-w / w_c). */
    static SpectralDensity ohmic(double cutoff) {
        return w -> w * Math.exp(-w / cutoff);
    }
}
