package org.szilard.cli.scenario;

/**
 * A scenario file that cannot be used: unreadable, malformed or invalid. The message names the file, the line and
 * column, the key path, what was expected and what was found, for example
 * {@code spin-otto.yaml:7:21: reservoirs.hot.temperature: expected real >= 0, unit energy, got -1.0}.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final Location location;
    private final String path;
    private final String detail;

    /**
     * @param source the file as the user named it
     * @param location where in the file, or null when the file could not be read at all
     * @param path the key path ("reservoirs.hot.temperature"), or "" for the file as a whole
     * @param detail what is wrong: what was expected and what was found
     */
    public ScenarioException(String source, Location location, String path, String detail) {
        super(source + (location == null ? "" : ":" + location) + ": " + (path.isEmpty() ? "" : path + ": ") + detail);
        this.source = source;
        this.location = location;
        this.path = path;
        this.detail = detail;
    }

    public String source() {
        return source;
    }

    /** Where in the file; null when the file could not be read. */
    public Location location() {
        return location;
    }

    public String path() {
        return path;
    }

    public String detail() {
        return detail;
    }
}
