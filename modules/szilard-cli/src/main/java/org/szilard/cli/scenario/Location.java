package org.szilard.cli.scenario;

import java.io.Serializable;

/**
 * A place in a scenario file.
 *
 * @param line the line, counted from 1
 * @param column the column, counted from 1
 */
public record Location(int line, int column) implements Serializable {

    /** The start of the file. */
    static final Location START = new Location(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
