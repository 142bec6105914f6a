package org.szilard.osgi.registrar;

import java.util.function.Supplier;

/** A provider whose constructor throws. */
public class Broken implements Supplier<String> {

    public Broken() {
        throw new IllegalStateException("broken on purpose");
    }

    @Override
    public String get() {
        return "never";
    }
}
