package org.szilard.api.substance;

import org.szilard.api.plugin.PluginProvider;

/** Provides a working substance type (the scenario's {@code substance} block). */
public interface SubstanceProvider extends PluginProvider<WorkingSubstance> {
}
