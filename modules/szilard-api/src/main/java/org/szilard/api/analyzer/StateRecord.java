package org.szilard.api.analyzer;

import org.szilard.api.operator.Operator;

/**
 * The system at one instant.
 *
 * @param time the simulated time
 * @param lambda the control value
 * @param rho the density matrix
 * @param hamiltonian H(lambda)
 * @param energy Tr(rho H)
 * @param entropy the von Neumann entropy of rho, in nats
 */
public record StateRecord(double time, double lambda, Operator rho, Operator hamiltonian, double energy,
                          double entropy) {
}
