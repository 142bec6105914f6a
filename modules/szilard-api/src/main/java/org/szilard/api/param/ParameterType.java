package org.szilard.api.param;

/** The value types a plugin parameter can take in a scenario file. */
public enum ParameterType {
    /** A real number (YAML/JSON number). */
    REAL("real"),
    /** A whole number. */
    INTEGER("integer"),
    /** true or false. */
    BOOLEAN("boolean"),
    /** Free text. */
    TEXT("text"),
    /** One of a fixed set of words. */
    CHOICE("choice"),
    /** A list of real numbers. */
    REAL_LIST("list of reals"),
    /** A list of words. */
    TEXT_LIST("list of names"),
    /** A vector of complex numbers: each entry a number or [re, im]; the value is interleaved re/im doubles. */
    VECTOR("vector of numbers or [re, im] pairs"),
    /** A square matrix given as a list of rows of numbers or [re, im] pairs; the value is an Operator. */
    MATRIX("square matrix (rows of numbers or [re, im] pairs)"),
    /** A block of user-chosen names, each with a square matrix; the value is a {@code Map<String, Operator>}. */
    MATRIX_MAP("block of named square matrices"),
    /** A nested block with parameters of its own. */
    GROUP("block");

    private final String label;

    ParameterType(String label) {
        this.label = label;
    }

    /** A short human-readable name of the type, as used in error messages and the scenario reference. */
    public String label() {
        return label;
    }
}
