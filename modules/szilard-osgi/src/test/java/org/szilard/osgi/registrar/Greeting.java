package org.szilard.osgi.registrar;

import java.util.function.Supplier;

/** A provider packed into test bundles: says its name. */
public class Greeting implements Supplier<String> {

    @Override
    public String get() {
        return "greeting";
    }
}
