package org.szilard.cli.line;

/**
 * An option of a command: a flag ({@code --json}) or an option with a value ({@code --out DIR} or {@code --out=DIR}).
 *
 * @param name        the long name, with its dashes
 * @param shortName   the one-letter name with its dash, or null
 * @param label       the value's name in the usage help ({@code DIR}), or null for a flag
 * @param required    whether the command cannot run without it
 * @param repeatable  whether it may be given more than once (its values are kept in order)
 * @param description what it does, for the usage help
 */
public record OptionSpec(String name, String shortName, String label, boolean required, boolean repeatable,
                         String description) {

    /** A flag: present or not. */
    public static OptionSpec flag(String name, String description) {
        return new OptionSpec(name, null, null, false, false, description);
    }

    /** An optional option with one value. */
    public static OptionSpec value(String name, String label, String description) {
        return new OptionSpec(name, null, label, false, false, description);
    }

    /** Whether it takes a value. */
    public boolean takesValue() {
        return label != null;
    }

    /** The same option with a one-letter name too. */
    public OptionSpec withShortName(String letter) {
        return new OptionSpec(name, letter, label, required, repeatable, description);
    }

    /** The same option, required and allowed more than once. */
    public OptionSpec requiredRepeatable() {
        return new OptionSpec(name, shortName, label, true, true, description);
    }

    /** How the option is written in the usage help: {@code --out=DIR}, {@code --json}. */
    String synopsis() {
        return takesValue() ? name + "=" + label : name;
    }
}
