package org.szilard.kernel.engine;

import java.util.Map;
import java.util.function.Supplier;
import org.szilard.api.analyzer.Analyzer;
import org.szilard.api.operator.Operator;
import org.szilard.api.protocol.Schedule;
import org.szilard.api.reservoir.Reservoir;
import org.szilard.api.solver.Solver;
import org.szilard.api.substance.WorkingSubstance;

/**
 * The plugins of one scenario, created and cross-checked: what the engine runs.
 *
 * @param name the scenario name
 * @param substance the working substance
 * @param reservoirs the reservoirs by name, in declaration order
 * @param schedule the protocol's schedule
 * @param solver the solver
 * @param analyzers the analyzers by type id, in the order asked for
 * @param initialState the density matrix at the start, computed when first asked for (a steady run never asks; the
 *        default thermal state of a 10-site chain takes seconds)
 * @param samples the largest number of time-series rows kept
 */
record Machine(String name, WorkingSubstance substance, Map<String, Reservoir> reservoirs, Schedule schedule,
               Solver solver, Map<String, Analyzer> analyzers, Supplier<Operator> initialState,
               int samples) {
}
