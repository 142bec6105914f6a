package org.szilard.cli.line;

/**
 * A command line that cannot be carried out as written: unknown or misspelt options, missing or surplus
 * parameters, values of the wrong form. Reported with the command whose usage help explains it (exit code 2).
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CommandSpec command;
    private final String suggestion;

    /** A problem with the command line of {@code command}, in a sentence. */
    public UsageException(CommandSpec command, String message) {
        this(command, message, null);
    }

    /**
     * @param suggestion what the user may have meant, or null
     */
    public UsageException(CommandSpec command, String message, String suggestion) {
        super(message);
        this.command = command;
        this.suggestion = suggestion;
    }

    /** The command whose line it is. */
    public CommandSpec command() {
        return command;
    }

    /** What the user may have meant ({@code --json} for {@code --jsn}), or null. */
    public String suggestion() {
        return suggestion;
    }
}
