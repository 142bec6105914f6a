package org.szilard.cli.line;

/**
 * A positional parameter of a command.
 *
 * @param label       its name in the usage help ({@code FILE})
 * @param optional    whether it may be left out
 * @param description what it is, for the usage help
 */
public record ParameterSpec(String label, boolean optional, String description) {

    /** How the parameter is written in the usage help: {@code FILE}, or {@code [TYPE]} when optional. */
    String synopsis() {
        return optional ? "[" + label + "]" : label;
    }
}
