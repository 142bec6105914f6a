package org.szilard.kernel.engine;

import org.szilard.api.operator.QuantumMath;
import org.szilard.kernel.linalg.EjmlQuantumMath;

/** The kernel's implementation of {@link QuantumMath}, for embedding applications and test kits. */
public final class KernelMath {

    private KernelMath() {
    }

    /** A new instance (thread safe). */
    public static QuantumMath create() {
        return new EjmlQuantumMath();
    }
}
