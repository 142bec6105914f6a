package org.szilard.cli.scenario;

/** Builds the key paths used in messages: "reservoirs.hot.temperature", "analyzers[1]", "initial.rows[0][1]". */
final class KeyPath {

    private KeyPath() {
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }
}
