package org.szilard.api.solver;

import org.szilard.api.plugin.PluginProvider;

/** Provides a solver type (the scenario's {@code solver} block). */
public interface SolverProvider extends PluginProvider<Solver> {
}
