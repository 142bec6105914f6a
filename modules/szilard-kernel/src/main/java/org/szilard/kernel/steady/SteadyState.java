package org.szilard.kernel.steady;

import org.szilard.api.operator.Operator;

/**
 * A steady state as {@link SteadyStateSolver} found and checked it: the density matrix and its eigenvalues in
 * ascending order (computed for the positivity check, and handed on so that nobody decomposes rho_ss again).
 *
 * @param rho the density matrix, Hermitian with trace 1
 * @param spectrum its eigenvalues, ascending
 */
public record SteadyState(Operator rho, double[] spectrum) {
}
