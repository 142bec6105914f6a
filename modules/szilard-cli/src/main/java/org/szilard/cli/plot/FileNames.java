package org.szilard.cli.plot;

/** File names made from names a user chose (reservoirs, result keys). */
public final class FileNames {

    private FileNames() {
    }

    /** The name with every character other than a letter, digit, '.', '-' or '_' replaced by '_'. */
    public static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
