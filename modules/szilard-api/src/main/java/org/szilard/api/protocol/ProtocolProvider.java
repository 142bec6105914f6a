package org.szilard.api.protocol;

import org.szilard.api.plugin.PluginProvider;

/** Provides a drive protocol type (the scenario's {@code protocol} block). */
public interface ProtocolProvider extends PluginProvider<DriveProtocol> {
}
