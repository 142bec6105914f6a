# Independent reference for SteadyStateSolverTest.chainSteadyStateCarriesHeatFromHotToCold (numpy/scipy only):
# a spin-1/2 XXZ chain, H = sum_i (Sx Sx + Sy Sy + 0.5 Sz Sz)_(i,i+1) + sum_i Sz_i (up = index 0, site 0 the
# leftmost Kronecker factor), with local baths on the end sites: S_- at rate g (n + 1) and S_+ at g n,
# n = 1 / (exp(1 / T) - 1), g = 0.5, T = 2 on site 0 (hot) and T = 0.5 on the last site (cold). The sparse
# Liouvillian (row-major vec) with one row replaced by the trace condition is solved directly; the heat current of
# bath r is Tr(H D_r(rho)).
# Usage: python3 xxz_chain_local.py 6    prints (scipy 1.17, numpy 2.4):
#   residual 3.1e-16
#   hot 0.039887497385020926
#   cold -0.03988749738502175
import sys

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spl

N = int(sys.argv[1])
g, t_hot, t_cold = 0.5, 2.0, 0.5
sz = sp.csr_matrix(np.diag([0.5, -0.5]))
raise_ = sp.csr_matrix([[0, 1], [0, 0]])
lower = raise_.T.tocsr()
sx = (raise_ + lower) * 0.5
sy = (raise_ - lower) * (-0.5j)
one = sp.identity(2, format='csr')


def at(op, s):
    r = op if s == 0 else one
    for t in range(1, N):
        r = sp.kron(r, op if t == s else one, format='csr')
    return r


d = 2 ** N
H = sp.csr_matrix((d, d), dtype=complex)
for s in range(N):
    H = H + at(sz, s)
    if s + 1 < N:
        H = H + at(sx, s) @ at(sx, s + 1) + at(sy, s) @ at(sy, s + 1) + 0.5 * at(sz, s) @ at(sz, s + 1)


def occupation(t):
    return 1 / np.expm1(1 / t)


baths = {'hot': [(at(lower, 0), g * (occupation(t_hot) + 1)), (at(raise_, 0), g * occupation(t_hot))],
         'cold': [(at(lower, N - 1), g * (occupation(t_cold) + 1)), (at(raise_, N - 1), g * occupation(t_cold))]}
identity = sp.identity(d, format='csr')


def dissipator(jumps):
    # row-major vec: vec(A X B) = kron(A, B^T) vec(X)
    total = sp.csr_matrix((d * d, d * d), dtype=complex)
    for jump, rate in jumps:
        jj = jump.conj().T @ jump
        total = total + rate * (sp.kron(jump, jump.conj()) - 0.5 * sp.kron(jj, identity)
                                - 0.5 * sp.kron(identity, jj.T))
    return total


liouvillian = -1j * (sp.kron(H, identity) - sp.kron(identity, H.T)) + dissipator(baths['hot']) \
    + dissipator(baths['cold'])
system = liouvillian.tolil()
trace = np.zeros(d * d, dtype=complex)
trace[[i * d + i for i in range(d)]] = 1
system[0, :] = trace
rhs = np.zeros(d * d, dtype=complex)
rhs[0] = 1
rho = spl.spsolve(system.tocsc(), rhs).reshape(d, d)
rho = (rho + rho.conj().T) / 2
print('residual %.2g' % np.linalg.norm(liouvillian @ rho.reshape(-1)))
for name, jumps in baths.items():
    print(name, np.trace(H.toarray() @ (dissipator(jumps) @ rho.reshape(-1)).reshape(d, d)).real)
