package org.szilard.test.broken;

/** A provider whose constructor throws, as a plugin with a missing resource or a bug would. */
public final class BrokenProvider extends NoSubstance {

    public BrokenProvider() {
        throw new IllegalStateException("broken on purpose");
    }

    public String type() {
        return "broken";
    }

    public String description() {
        return "Never loads.";
    }
}
