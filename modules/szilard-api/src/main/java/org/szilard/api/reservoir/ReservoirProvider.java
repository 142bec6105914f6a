package org.szilard.api.reservoir;

import org.szilard.api.plugin.PluginProvider;

/** Provides a reservoir type (an entry of the scenario's {@code reservoirs} block). */
public interface ReservoirProvider extends PluginProvider<Reservoir> {
}
