package org.szilard.test.broken;

/** A provider that claims the type id of the spin plugin's substance. */
public final class DuplicateSpinProvider extends NoSubstance {

    public String type() {
        return "spin";
    }

    public String description() {
        return "A second spin.";
    }
}
