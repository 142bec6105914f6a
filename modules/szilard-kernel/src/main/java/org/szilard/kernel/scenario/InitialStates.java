package org.szilard.kernel.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.szilard.api.operator.Operator;
import org.szilard.api.operator.QuantumMath;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;

/**
 * The kinds of initial state a scenario may ask for, with their parameters, and their preparation as a density
 * matrix of H(lambda) at the protocol's first control value. States given by the user are checked: a vector must
 * be non-zero (it is normalised), a matrix must be Hermitian, of trace 1 and positive semidefinite within 1e-10.
 */
public final class InitialStates {

    /** Tolerance of the hermiticity, trace and positivity checks of a user's density matrix. */
    public static final double TOLERANCE = 1e-10;

    private static final Map<String, List<Parameter>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("thermal", List.of(Parameter.real("temperature",
                "Temperature of the Gibbs state exp(-H/T)/Z; default: the first reservoir's temperature")
                .unit("energy").atLeast(0).optional()));
        KINDS.put("ground", List.of());
        KINDS.put("maximally-mixed", List.of());
        KINDS.put("basis", List.of(Parameter.integer("index", "Index of the basis state (basis order of the substance)")
                .atLeast(0)));
        KINDS.put("pure", List.of(Parameter.vector("vector", "State vector; normalised on load")));
        KINDS.put("matrix", List.of(Parameter.matrix("rows", "Density matrix: Hermitian, trace 1, positive")));
    }

    private InitialStates() {
    }

    /** The initial-state type ids. */
    public static List<String> types() {
        return List.copyOf(KINDS.keySet());
    }

    /** The parameters of an initial-state type, or null when there is no such type. */
    public static List<Parameter> parameters(String type) {
        return KINDS.get(type);
    }

    /**
     * Prepares the initial density matrix.
     *
     * @param block the scenario's initial block, or null for the default
     * @param hamiltonian H at the protocol's first control value
     * @param firstReservoirTemperature the first reservoir's temperature, empty for a closed system
     * @throws ConfigurationException when the state is not a valid density matrix or cannot be made
     */
    public static Operator prepare(PluginBlock block, Operator hamiltonian, OptionalDouble firstReservoirTemperature,
                                   QuantumMath math) {
        int d = hamiltonian.dimension();
        if (block == null) {
            return firstReservoirTemperature.isPresent()
                    ? math.thermalState(hamiltonian, firstReservoirTemperature.getAsDouble())
                    : math.thermalState(hamiltonian, 0.0);
        }
        ParameterValues p = block.parameters();
        switch (block.type()) {
            case "thermal": {
                if (p.has("temperature")) {
                    return math.thermalState(hamiltonian, p.real("temperature"));
                }
                if (firstReservoirTemperature.isEmpty()) {
                    throw new ConfigurationException(block.path(), "temperature",
                            "a thermal initial state needs a temperature when the scenario has no reservoir");
                }
                return math.thermalState(hamiltonian, firstReservoirTemperature.getAsDouble());
            }
            case "ground":
                return math.thermalState(hamiltonian, 0.0);
            case "maximally-mixed":
                return Operator.identity(d).times(1.0 / d);
            case "basis": {
                long index = p.integer("index");
                if (index >= d) {
                    throw new ConfigurationException(block.path(), "index",
                            "basis index " + index + " is outside the substance's " + d + " basis states (0.." + (d - 1) + ")");
                }
                return Operator.projector(d, (int) index);
            }
            case "pure":
                return pure(block, p.vector("vector"), d);
            case "matrix":
                return checkedDensityMatrix(block, p.matrix("rows"), d, math);
            default:
                throw new ConfigurationException(block.path(), "type", "unknown initial state '" + block.type()
                        + "'; expected one of " + String.join(", ", types()));
        }
    }

    private static Operator pure(PluginBlock block, double[] psi, int d) {
        if (psi.length != 2 * d) {
            throw new ConfigurationException(block.path(), "vector",
                    "the vector has " + psi.length / 2 + " entries but the substance has dimension " + d);
        }
        double norm2 = 0;
        for (double v : psi) {
            norm2 += v * v;
        }
        if (!(norm2 > 0) || Double.isInfinite(norm2)) {
            throw new ConfigurationException(block.path(), "vector", "the vector must be non-zero and finite");
        }
        double scale = 1.0 / Math.sqrt(norm2);
        double[] normalised = psi.clone();
        for (int k = 0; k < normalised.length; k++) {
            normalised[k] *= scale;
        }
        return Operator.pure(normalised);
    }

    private static Operator checkedDensityMatrix(PluginBlock block, Operator rho, int d, QuantumMath math) {
        if (rho.dimension() != d) {
            throw new ConfigurationException(block.path(), "rows",
                    "the matrix is " + rho.dimension() + "x" + rho.dimension() + " but the substance has dimension " + d);
        }
        double herm = rho.hermiticityError();
        if (herm > TOLERANCE) {
            throw new ConfigurationException(block.path(), "rows",
                    "the density matrix is not Hermitian (largest |rho - rho^dag| entry " + herm + ")");
        }
        double trace = rho.traceRe();
        if (Math.abs(trace - 1.0) > TOLERANCE) {
            throw new ConfigurationException(block.path(), "rows",
                    "the density matrix has trace " + trace + ", expected 1");
        }
        double smallest = math.eigenvalues(rho)[0];
        if (smallest < -TOLERANCE) {
            throw new ConfigurationException(block.path(), "rows",
                    "the density matrix is not positive semidefinite (smallest eigenvalue " + smallest + ")");
        }
        return rho;
    }
}
