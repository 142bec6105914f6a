package org.szilard.api.analyzer;

import org.szilard.api.plugin.PluginProvider;

/** Provides an analyzer type (an entry of the scenario's {@code analyzers} list); its type id is the result key. */
public interface AnalyzerProvider extends PluginProvider<Analyzer> {
}
