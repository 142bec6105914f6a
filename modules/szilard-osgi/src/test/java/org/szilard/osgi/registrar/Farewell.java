package org.szilard.osgi.registrar;

import java.util.function.Supplier;

/** A second provider packed into test bundles. */
public class Farewell implements Supplier<String> {

    @Override
    public String get() {
        return "farewell";
    }
}
