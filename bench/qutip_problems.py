"""The benchmark problems P1-P4 of bench/problems/*.yaml, written with QuTiP 4.7 as a QuTiP user would write them.

Each problem is a function without arguments that returns the quantities bench/compare.py checks against Szilard,
under the names given in its PROBLEMS table. Conventions follow docs/physics.md: hbar = k_B = 1, spin-1/2 basis
index 0 is "up" (as in QuTiP), S = sigma/2, extracted work and heat taken from each reservoir positive.
Global (Davies) baths get one collapse operator per Bohr frequency built from the eigenstates of H; local baths
the lowering and raising operators of their site at the site's bare splitting.
"""

import json
import sys
import time

import numpy as np
import qutip as qt
from scipy.integrate import simpson

RELATIVE_FREQUENCY_TOLERANCE = 1e-9   # Bohr frequencies closer than this (times the spectral width) are one
ROUND_OFF = 1e-12                     # eigenvalue round-off relative to the largest |E|, added to that tolerance
RELATIVE_ZERO = 1e-12                 # frequency components below this (relative to max |A_ab|) are dropped
TRAJECTORIES = 10_000


def bose(w, temperature):
    """The Bose-Einstein occupation n(w) at a temperature (zero at T = 0)."""
    return 0.0 if temperature == 0 else 1.0 / np.expm1(w / temperature)


def davies(h, coupling, gamma, temperature, eigenbasis=False):
    """Davies jumps of a flat bosonic bath coupled through `coupling`, in the basis of `h`, as pairs (collapse
    operator, energy the jump gives the system).

    For each Bohr frequency w > 0 of h: L_w = sum over E_b - E_a = w of A_ab |a><b| at rate gamma (n(w) + 1)
    (energy -w), and L_w^dag at rate gamma n(w) (energy +w). With `eigenbasis`, the operators are written in the
    eigenbasis of h (where a non-degenerate frequency's L_w has a single entry) instead of the original basis.
    """
    energies, vectors = np.linalg.eigh(h.full())
    a_eig = vectors.conj().T @ coupling.full() @ vectors
    d = len(energies)
    tolerance = (RELATIVE_FREQUENCY_TOLERANCE * (energies[-1] - energies[0])
                 + ROUND_OFF * max(abs(energies[0]), abs(energies[-1])))
    pairs = sorted((energies[b] - energies[a], a, b) for a in range(d) for b in range(d)
                   if energies[b] - energies[a] > tolerance)
    zero = RELATIVE_ZERO * np.abs(a_eig).max()
    jumps = []
    start = 0
    while start < len(pairs):
        end = start
        while end < len(pairs) and pairs[end][0] - pairs[start][0] <= tolerance:
            end += 1
        group = pairs[start:end]
        start = end
        component = np.zeros((d, d), dtype=complex)
        for _, a, b in group:
            component[a, b] = a_eig[a, b]
        if np.abs(component).max() <= zero:
            continue
        w = np.mean([p[0] for p in group])
        lowering = qt.Qobj(component if eigenbasis else vectors @ component @ vectors.conj().T, dims=h.dims)
        n = bose(w, temperature)
        jumps.append((np.sqrt(gamma * (n + 1)) * lowering, -w))
        if n > 0:
            jumps.append((np.sqrt(gamma * n) * lowering.dag(), w))
    return jumps


def operators(jumps):
    """The collapse operators of a list of (operator, energy) jumps."""
    return [c for c, _ in jumps]


def local(lowering, splitting, gamma, temperature):
    """Collapse operators of a local bosonic bath on one site: its lowering operator and the raising one."""
    n = bose(splitting, temperature)
    return [np.sqrt(gamma * (n + 1)) * lowering, np.sqrt(gamma * n) * lowering.dag()]


def heat_observable(h, c_ops):
    """The observable whose mean is the heat current of a bath, Tr(H D(rho)) = <D^dag(H)> (Alicki)."""
    return sum(c.dag() * h * c - 0.5 * (c.dag() * c * h + h * c.dag() * c) for c in c_ops)


def thermal(h, temperature):
    """The Gibbs state exp(-h/T)/Z."""
    rho = (-h / temperature).expm()
    return rho / rho.tr()


def otto(h0, h1, g, control, durations, baths, cycles, rho, tolerance, eigenbasis=False):
    """Runs `cycles` Otto cycles of H(lambda) = h0 + g(lambda) h1, one mesolve per stroke.

    control = (hot, cold) values of lambda; durations = (hot, expansion, cold, compression); baths = (hot, cold)
    collapse operators of the isochores, whose Liouvillians are built once and reused by every cycle. The adiabats
    are closed linear ramps of lambda. Returns the extracted work and the heats of the last cycle, from the energy
    changes of the strokes (H is constant on the isochores and the adiabats are closed). With `eigenbasis`, the
    baths' operators are given in the eigenbasis of their isochore's H, and each isochore is solved there: the state
    is rotated in before and out after it.
    """
    hot, cold = control
    options = qt.Options(atol=tolerance, rtol=tolerance, nsteps=10**7)

    def hamiltonian(lam):
        return h0 + g(lam) * h1

    rotations = [None, None]
    generators = [hamiltonian(lam) for lam in control]
    if eigenbasis:
        for k, lam in enumerate(control):
            energies, vectors = np.linalg.eigh(hamiltonian(lam).full())
            rotations[k] = qt.Qobj(vectors, dims=h0.dims)
            generators[k] = qt.Qobj(np.diag(energies), dims=h0.dims)
    liouvillians = [qt.liouvillian(h, c_ops) for h, c_ops in zip(generators, baths)]

    def isochore(k, duration, state):
        if rotations[k] is not None:
            state = rotations[k].dag() * state * rotations[k]
        state = qt.mesolve(liouvillians[k], state, [0, duration], [], options=options).states[-1]
        return state if rotations[k] is None else rotations[k] * state * rotations[k].dag()

    def ramp(start, stop, duration, state):
        def coefficient(t, args):
            return g(start + (stop - start) * t / duration)
        return qt.mesolve([h0, [h1, coefficient]], state, [0, duration], [], options=options).states[-1]

    for _ in range(cycles):
        e0 = qt.expect(hamiltonian(hot), rho)
        rho = isochore(0, durations[0], rho)
        e1 = qt.expect(hamiltonian(hot), rho)
        rho = ramp(hot, cold, durations[1], rho)
        e2 = qt.expect(hamiltonian(cold), rho)
        rho = isochore(1, durations[2], rho)
        e3 = qt.expect(hamiltonian(cold), rho)
        rho = ramp(cold, hot, durations[3], rho)
        e4 = qt.expect(hamiltonian(hot), rho)
    # (the rotated states are Hermitian up to round-off, but QuTiP no longer knows it and returns complex means)
    return {key: np.real(value) for key, value in
            {"work": -(e2 - e1) - (e4 - e3), "heat.hot": e1 - e0, "heat.cold": e3 - e2}.items()}


def p1_spin_otto(hot=4.0):
    """P1: spin-1/2 Otto engine, H = lambda S_z + 0.3 S_x, baths T = 4 and 1 (gamma 1) through sigma_x, lambda
    from `hot` to 2."""
    sz, sx = qt.sigmaz() / 2, qt.sigmax() / 2
    h_hot, h_cold = hot * sz + 0.3 * sx, 2.0 * sz + 0.3 * sx
    baths = (operators(davies(h_hot, qt.sigmax(), 1.0, 4.0)), operators(davies(h_cold, qt.sigmax(), 1.0, 1.0)))
    return otto(0.3 * sx, sz, lambda lam: lam, (hot, 2.0), (60, 0.5, 60, 0.5), baths, 200,
                thermal(h_hot, 1.0), 1e-10)


def p1_sweep(points):
    """P1 at `points` hot control values from 3 to 5, one after another in this process, as
    `szilard sweep bench/problems/p1-spin-otto.yaml --set protocol.control.hot=3:5:POINTS` computes them."""
    works = [p1_spin_otto(hot)["work"] for hot in np.linspace(3.0, 5.0, points)]
    return {f"work.{k}": w for k, w in enumerate(works)}


def xxz_chain(sites):
    """The XXZ chain of P2 at lambda = 1 (jx = jy = 1, jz = 0.5) and its local baths on the end sites."""
    def at(op, site):
        ops = [qt.qeye(2)] * sites
        ops[site] = op
        return qt.tensor(ops)

    sx, sy, sz = qt.sigmax() / 2, qt.sigmay() / 2, qt.sigmaz() / 2
    h = sum(at(sz, i) for i in range(sites))
    for i in range(sites - 1):
        h += at(sx, i) * at(sx, i + 1) + at(sy, i) * at(sy, i + 1) + 0.5 * at(sz, i) * at(sz, i + 1)
    baths = {"hot": local(at(qt.sigmam(), 0), 1.0, 0.5, 2.0),
             "cold": local(at(qt.sigmam(), sites - 1), 1.0, 0.5, 0.5)}
    return h, baths


def p2_relaxation(sites):
    """P2: relaxation of the XXZ chain from the all-down state to t = 20 at tolerance 1e-8.

    Returns the heat taken from each bath over [0, 20]: its heat current, an expectation value recorded on a grid
    of 801 times, integrated by Simpson's rule (error far below the tolerance of the comparison).
    """
    h, baths = xxz_chain(sites)
    down = qt.tensor([qt.basis(2, 1)] * sites)
    times = np.linspace(0.0, 20.0, 801)
    observables = [heat_observable(h, baths["hot"]), heat_observable(h, baths["cold"])]
    result = qt.mesolve(h, down * down.dag(), times, baths["hot"] + baths["cold"], observables,
                        options=qt.Options(atol=1e-8, rtol=1e-8, nsteps=10**7))
    return {"heat.hot": simpson(result.expect[0], x=times), "heat.cold": simpson(result.expect[1], x=times)}


def p2_steady(sites):
    """P2: the steady state of the XXZ chain by QuTiP's default steadystate; returns the heat currents."""
    h, baths = xxz_chain(sites)
    rho = qt.steadystate(h, baths["hot"] + baths["cold"])
    return {"heatCurrent.hot": qt.expect(heat_observable(h, baths["hot"]), rho),
            "heatCurrent.cold": qt.expect(heat_observable(h, baths["cold"]), rho)}


def p3_oscillator_otto(eigenbasis=0, digits=8):
    """P3: parametric oscillator Otto engine, H = (p^2 + lambda^2 x^2)/2 in the 60-level Fock basis of w0 = 1.5.

    As a QuTiP user would first write it, everything in the Fock basis; with `eigenbasis` = 1, as an expert would,
    each isochore in the eigenbasis of its Hamiltonian (where its Davies operators are sparse). The tolerance is
    10^-digits (8 for the benchmark; `qutip_problems.py p3_oscillator_otto 1 11` gives the converged reference).
    """
    levels, w0 = 60, 1.5
    a = qt.destroy(levels)
    x = (a + a.dag()) / np.sqrt(2 * w0)
    p = 1j * np.sqrt(w0 / 2) * (a.dag() - a)
    kinetic, half_x2 = p * p / 2, x * x / 2
    h_hot, h_cold = kinetic + 4.0 * half_x2, kinetic + 1.0 * half_x2
    baths = (operators(davies(h_hot, a + a.dag(), 0.2, 2.0, eigenbasis)),
             operators(davies(h_cold, a + a.dag(), 0.2, 0.5, eigenbasis)))
    return otto(kinetic, half_x2, lambda lam: lam * lam, (2.0, 1.0), (20, 1, 20, 1), baths, 20,
                thermal(h_hot, 0.5), 10.0 ** -digits, eigenbasis)


def p4_jumps_qubit(processes):
    """P4: 10,000 mcsolve trajectories (on `processes` processes) of H = S_z + 0.5 S_x between Davies baths at T = 2
    and 0.5, to t = 10.

    Each jump's heat is its Bohr energy, taken from the bath whose operator jumped (+w for a raising jump, -w for a
    lowering one). Returns the mean heat per bath over the trajectories and its variance.
    """
    h = qt.sigmaz() / 2 + 0.5 * qt.sigmax() / 2
    jumps = {name: davies(h, qt.sigmax(), 0.5, temperature) for name, temperature in (("hot", 2.0), ("cold", 0.5))}
    channels = [(name, energy) for name in jumps for _, energy in jumps[name]]
    c_ops = operators(jumps["hot"] + jumps["cold"])
    result = qt.mcsolve(h, qt.basis(2, 1), [0.0, 10.0], c_ops, [], ntraj=TRAJECTORIES,
                        options=qt.Options(atol=1e-8, rtol=1e-8, num_cpus=processes), progress_bar=None)
    quantities = {}
    for name in jumps:
        heats = np.array([sum(channels[k][1] for k in which if channels[k][0] == name)
                          for which in result.col_which])
        quantities[f"heat.{name}.mean"] = heats.mean()
        quantities[f"heat.{name}.variance"] = heats.var(ddof=1)
    quantities["trajectories"] = len(result.col_which)
    return quantities


if __name__ == "__main__":
    # python3 qutip_problems.py FUNCTION [INTEGER]: runs one problem, prints its quantities and "seconds" as JSON.
    problem = globals()[sys.argv[1]]
    start = time.perf_counter()
    quantities = problem(*map(int, sys.argv[2:]))
    quantities["seconds"] = time.perf_counter() - start
    print(json.dumps({key: float(value) for key, value in quantities.items()}))
