package org.szilard.cli.physics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Reference numbers computed by an independent code, stored under src/test/resources/reference with their script. */
final class Reference {

    private final String name;
    private final Properties values = new Properties();

    private Reference(String name) {
        this.name = name;
        try (InputStream in = Reference.class.getResourceAsStream("/reference/" + name + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("no reference file " + name + ".properties");
            }
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads reference/NAME.properties. */
    static Reference load(String name) {
        return new Reference(name);
    }

    double get(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("no key " + key + " in reference " + name);
        }
        return Double.parseDouble(v);
    }
}
