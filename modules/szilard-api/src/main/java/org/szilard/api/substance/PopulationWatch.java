package org.szilard.api.substance;

import org.szilard.api.operator.Operator;

/**
 * A population the substance asks the engine to watch during a run, such as the top level of a truncated
 * oscillator: the engine records the largest Tr(rho P) over every accepted step and, when it exceeds the bound,
 * adds a warning to the results saying so.
 *
 * @param projector the (Hermitian, usually diagonal) operator P whose expectation value is watched
 * @param bound the largest acceptable value
 * @param meaning what exceeding the bound means and what to do, e.g. "the top oscillator level is populated:
 *                increase levels"
 */
public record PopulationWatch(Operator projector, double bound, String meaning) {
}
