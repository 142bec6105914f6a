package org.szilard.cli.scenario;

/**
 * A single value as the parser typed it.
 *
 * @param location where the value is written
 * @param kind what the parser made of it
 * @param text the value as written
 * @param value a String, Long or BigInteger, Double, Boolean, or null for {@link Kind#NULL}
 */
record ScalarNode(Location location, Kind kind, String text, Object value) implements Node {

    /** The kinds of scalar. */
    enum Kind { TEXT, INTEGER, REAL, BOOLEAN, NULL }

    boolean isNumber() {
        return kind == Kind.INTEGER || kind == Kind.REAL;
    }

    @Override
    public String describe() {
        switch (kind) {
            case NULL:
                return "an empty value";
            case TEXT:
                return "'" + text + "'";
            default:
                return text;
        }
    }
}
