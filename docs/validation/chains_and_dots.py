#!/usr/bin/python3
"""Independent reference computations for the Szilard spin-chain and quantum-dot scenarios.

Run from the repository root with Debian's python (which has QuTiP 4.7.1):

    /usr/bin/python3 docs/validation/chains_and_dots.py

It prints the numbers and writes them (15 significant digits) to
    modules/szilard-cli/src/test/resources/reference/xxz-chain.properties    (sections 1a and 1b)
    modules/szilard-cli/src/test/resources/reference/single-dot.properties   (section 2)

Conventions (hbar = k_B = 1), as in /work/shared/spec/physics.md
-----------------------------------------------------------------
* spin-1/2 basis: index 0 = |up> (S_z = +1/2), index 1 = |down>; S = sigma/2.  (QuTiP's
  sigmaz() = diag(1, -1) and sigmam() = |1><0| = |down><up| = S_- use the same order.)
  Composite systems are Kronecker products in site order, site 0 the leftmost factor, so the
  all-up state is basis index 0 and the all-down state is the last index 2^N - 1.
* D(rho) = sum_k rate_k (L rho L^dag - 1/2 {L^dag L, rho});  n(w) = 1/(exp(w/T) - 1); J(w) = 1.
* Energy (heat) current from bosonic reservoir r: J_r = Tr(H D_r(rho)) with the FULL H, also for
  local baths.  Heat taken from r over [0, t]: Q_r = int_0^t J_r dt'.

1. Boundary-driven open XXZ chain
   H = sum_{i=0}^{N-2} (jx Sx_i Sx_{i+1} + jy Sy_i Sy_{i+1} + jz Sz_i Sz_{i+1}) + lambda sum_i Sz_i,
   jx = jy = 1, jz = 0.5, lambda = 1; "hot" bath T = 2 on site 0, "cold" bath T = 0.5 on site N-1,
   both gamma = 0.5; N = 3 and N = 4.
   a. LOCAL baths: L = S_-^(k) at rate gamma (n(w)+1) and S_+^(k) at rate gamma n(w), w = lambda
      (the bare splitting of the site term lambda Sz_k).
   b. GLOBAL (Davies) baths: A = 2 Sx^(k) = sigma_x^(k); H = sum_a E_a |a><a|; all pairs (a, b) are
      grouped by Bohr frequency w = E_b - E_a (equal within tol = 1e-9 * (E_max - E_min)
      + 1e-12 * max|E|, the tolerance of physics.md and of the Java BohrFrequency class: pairs are
      sorted by w and a group takes every following pair within tol of its first pair); for each
      group with w > tol: L_w = sum A_ab |a><b| at rate gamma (n(w)+1), L_w^dag at gamma n(w);
      no w = 0 terms.  The XXZ chain has degenerate Bohr frequencies (lambda sum Sz only shifts
      the total-magnetisation sectors, and the sector spectra are related), so several pairs
      share one L_w; the script prints the groups and checks that the grouping is unambiguous
      (largest spread inside a group << tol << smallest gap between groups).
   Steady state (both forms): qutip.steadystate (direct), cross-checked with the null vector of
   the Liouvillian from an SVD and with long-time propagation expm(t_long L) from the maximally
   mixed state.  Uniqueness = dimension of the numerical null space of the Liouvillian (number of
   singular values below 1e-10 times the largest).  Reported: both heat currents J_hot, J_cold,
   their sum (zero in any steady state, since sum_r J_r = d<H>/dt = 0 for a time-independent H;
   this holds for the local baths too because J_r uses the full H), E = Tr(rho H), the von Neumann
   entropy (nats), the populations of the all-up and all-down basis states, and the entropy
   production rate -(J_hot/T_hot + J_cold/T_cold).
   Global form, extra cross-checks: the Gibbs state is the fixed point when both baths have the
   same temperature; qutip's Bloch-Redfield tensor (secular, spectrum S(w>0) = gamma(n+1),
   S(w<0) = gamma n(|w|), S(0) = 0) built in the eigenbasis of H gives the same steady state.
   (QuTiP pitfall: bloch_redfield_tensor keeps the terms with |w_ab - w_cd| < sec_cutoff * dw_min,
   dw_min = the smallest non-zero |E_i - E_j|; if H has numerically split degenerate levels,
   dw_min ~ 1e-16 and the default sec_cutoff = 0.1 silently drops the coupling of degenerate Bohr
   frequencies.  Here sec_cutoff is set explicitly to put the cut between tol and the smallest
   gap between different Bohr frequencies.)
   Local form, relaxation: from the all-down state to t = 20 (N = 3 and N = 4): qutip.mesolve
   (atol 1e-12, rtol 1e-10) and the exact propagator expm(t L) (reference numbers), energy at
   t = 20, heat from each bath over [0, 20] from an augmented ODE d/dt [vec rho, Q_hot, Q_cold]
   = [L vec rho, J_hot, J_cold] (scipy DOP853, rtol 1e-13) and from a Simpson quadrature of J_r on
   exact states (step 1e-3); entropy at t = 20; first-law residual E(20) - E(0) - Q_hot - Q_cold;
   entropy production Sigma = S(20) - S(0) - Q_hot/T_hot - Q_cold/T_cold.

   Findings (printed by the script): N = 3 has 8 non-degenerate levels, 28 pairs with w > 0 in
   23 Bohr groups (4 degenerate: w = 0.593.., 0.843.., 1 = lambda (3 pairs), 1.436..), 13 non-zero
   L_w per bath; N = 4 has 16 non-degenerate levels, 120 pairs in 97 groups (19 degenerate, up
   to 4 pairs at w = 2), 54 non-zero L_w per bath.  The smallest gap between different Bohr
   frequencies (2.9e-2 for N = 3, 2.1e-3 for N = 4) is ~1e6 times tol, and the spread inside a
   group ~1e-15, so the grouping is unambiguous.  The steady state is unique for both forms and
   both N (null-space dimension 1; next singular value ~0.2-0.56).  Not so without the field:
   for lambda = 0 the parity prod_i sigma_x^(i) commutes with H and with both A = sigma_x^(k),
   hence with every L_w (a strong symmetry), and the global-bath Liouvillian has a 2-dimensional
   null space for N = 3 and N = 4 (checked separately; not part of the reference numbers).

2. Single fermionic level between two leads: H = eps n, n = d^dag d, basis |0> = empty,
   |1> = occupied; lead r (T_r, mu_r, Gamma_r): d^dag at rate Gamma_r f_r(eps), d at
   Gamma_r (1 - f_r(eps)), f_r(w) = 1/(exp((w - mu_r)/T_r) + 1).  Particle current from lead r
   into the dot I_r = Tr(N D_r(rho)), energy current Tr(H D_r(rho)), heat current
   Tr((H - mu_r N) D_r(rho)).  Extracted (chemical) power P = -(mu_L I_L + mu_R I_R): by
   physics.md, dE/dt = sum_r [Tr((H - mu_r N) D_r) + mu_r Tr(N D_r)] = sum_r Q_r - P, i.e. the
   first law Delta E = -W + sum_r Q_r with the chemical work mu_r I_r counted as work put in, so
   the extracted power is P = -sum_r mu_r I_r (= sum_r Q_r in the steady state; P > 0 only if
   particles are pushed up the chemical-potential bias).  Analytic: I_L = -I_R =
   Gamma_L Gamma_R / (Gamma_L + Gamma_R) (f_L - f_R), heat currents (eps - mu_r) I_r,
   occupation (Gamma_L f_L + Gamma_R f_R) / (Gamma_L + Gamma_R).
"""

import datetime
import os
import sys

import numpy as np
import qutip
import scipy
from scipy.integrate import simpson, solve_ivp
from scipy.linalg import expm, svd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
REFDIR = os.path.join(ROOT, "modules", "szilard-cli", "src", "test", "resources", "reference")
OUT_CHAIN = os.path.join(REFDIR, "xxz-chain.properties")
OUT_DOT = os.path.join(REFDIR, "single-dot.properties")

VERSIONS = (f"QuTiP {qutip.__version__}, numpy {np.__version__}, scipy {scipy.__version__}, "
            f"python {sys.version.split()[0]}")
TODAY = datetime.date.today().isoformat()

# ==============================================================================================
# Common helpers
# ==============================================================================================
NULL_REL = 1e-10            # singular values below NULL_REL * s_max count as zero (null space)
BOHR_REL, BOHR_ABS = 1e-9, 1e-12
ATOL, RTOL, NSTEPS = 1e-12, 1e-10, 10**7


def fmt(x):
    """15 significant digits, always with a '.' or exponent (parses as a double in Java)."""
    x = float(x)
    if x == 0.0:
        return "0.0"
    s = f"{x:.15g}"
    return s if ("e" in s or "." in s) else s + ".0"


def n_bose(w, T):
    return 1.0 / np.expm1(w / T)


def fermi(w, mu, T):
    return 1.0 / (np.exp((w - mu) / T) + 1.0)


def entropy(rho):
    """von Neumann entropy in nats; tiny negative eigenvalues from round-off are clipped."""
    m = rho.full() if isinstance(rho, qutip.Qobj) else rho
    p = np.clip(np.real(np.linalg.eigvalsh(m)), 0.0, None)
    p = p[p > 0]
    return float(-np.sum(p * np.log(p)))


def vec(m):
    """QuTiP's vectorisation: column stacking."""
    return np.asarray(m).reshape(-1, order="F")


def unvec(v, d):
    r = np.asarray(v).reshape(d, d, order="F")
    return 0.5 * (r + r.conj().T)          # hermitise (round-off only)


def dissipator_super(c_ops, dims):
    """Dense superoperator of sum_k (C rho C^dag - 1/2 {C^dag C, rho}) (rates inside C)."""
    zero = qutip.Qobj(np.zeros((np.prod(dims[0]),) * 2), dims=dims)
    return (qutip.liouvillian(zero, c_ops)).full()


def trace_functional(op):
    """Row vector h with h @ vec(X) = Tr(op X)."""
    return vec(op.T)                       # Tr(op X) = sum_ij op_ji X_ij


def null_space_info(Lm):
    """SVD of the Liouvillian: null-space dimension, smallest singular values, null vectors."""
    U, s, Vh = svd(Lm)
    k = int(np.sum(s < NULL_REL * s[0]))
    return k, s, Vh[len(s) - max(k, 1):].conj()


def state_from_null_vector(v, d):
    r = v.reshape(d, d, order="F")
    r = r / np.trace(r)
    return 0.5 * (r + r.conj().T)


def liouvillian_gap(Lm):
    ev = np.linalg.eigvals(Lm)
    ev = ev[np.argsort(-ev.real)]
    return -ev[1].real, ev[0]


def group_bohr(E):
    """Pairs (a, b) with w = E_b - E_a > tol, grouped like physics.md / BohrFrequency.java.

    Returns tol and a list of (w_mean, [(a, b), ...]) in increasing w, plus diagnostics."""
    width = E[-1] - E[0]
    tol = BOHR_REL * width + BOHR_ABS * np.max(np.abs(E))
    pairs = sorted((E[b] - E[a], a, b) for a in range(len(E)) for b in range(len(E))
                   if E[b] - E[a] > tol)
    groups, i = [], 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] - pairs[i][0] <= tol:
            j += 1
        ws = [p[0] for p in pairs[i:j]]
        groups.append((float(np.mean(ws)), [(p[1], p[2]) for p in pairs[i:j]], max(ws) - min(ws)))
        i = j
    spread = max(g[2] for g in groups)
    gaps = np.diff([g[0] for g in groups])
    min_gap = float(gaps.min()) if len(gaps) else np.inf
    # the smallest w > tol must also be far from 0 (otherwise a "w = 0" pair could leak in)
    zero_gap = groups[0][0]
    return tol, [(g[0], g[1]) for g in groups], spread, min(min_gap, zero_gap), len(pairs)


# ==============================================================================================
# Section 1: XXZ chain
# ==============================================================================================
JX, JY, JZ, LAMBDA = 1.0, 1.0, 0.5, 1.0
T_HOT, T_COLD, GAMMA = 2.0, 0.5, 0.5
T_FINAL = 20.0
SIZES = (3, 4)


def chain(N):
    I2 = qutip.qeye(2)
    sx, sy, sz = 0.5 * qutip.sigmax(), 0.5 * qutip.sigmay(), 0.5 * qutip.sigmaz()
    assert sz.full()[0, 0] == 0.5   # index 0 is "up"

    def site(op, k):
        return qutip.tensor([op if j == k else I2 for j in range(N)])

    H = sum(JX * site(sx, i) * site(sx, i + 1) + JY * site(sy, i) * site(sy, i + 1)
            + JZ * site(sz, i) * site(sz, i + 1) for i in range(N - 1))
    H = H + LAMBDA * sum(site(sz, i) for i in range(N))
    return H, site


def local_cops(N, site, k, T):
    sm = qutip.sigmam()                    # |down><up| = S_- for spin 1/2
    assert sm.full()[1, 0] == 1.0
    n = n_bose(LAMBDA, T)
    return [np.sqrt(GAMMA * (n + 1.0)) * site(sm, k), np.sqrt(GAMMA * n) * site(sm.dag(), k)]


def davies_cops(H, A, T, E, V, groups):
    """Davies jump operators of one bath, built literally from pairs (a, b) of each group."""
    d = len(E)
    Aeig = V.conj().T @ A.full() @ V
    cops, used = [], 0
    for w, pairs in groups:
        Lw = np.zeros((d, d), dtype=complex)
        for a, b in pairs:
            Lw[a, b] = Aeig[a, b]
        if np.max(np.abs(Lw)) < 1e-13:     # A has no matrix element at this frequency
            continue
        used += 1
        Lq = qutip.Qobj(V @ Lw @ V.conj().T, dims=H.dims)
        n = n_bose(w, T)
        cops.append(np.sqrt(GAMMA * (n + 1.0)) * Lq)
        cops.append(np.sqrt(GAMMA * n) * Lq.dag())
    return cops, used


def steady_analysis(H, cops_by_bath, temps, label):
    """Steady state by three routes; quantities; uniqueness."""
    d = H.shape[0]
    all_cops = cops_by_bath[0] + cops_by_bath[1]
    Lm = qutip.liouvillian(H, all_cops).full()
    k, s, nullvecs = null_space_info(Lm)
    out = dict(nullDim=k, sv=s[-3:][::-1], smax=s[0])
    print(f"  [{label}] Liouvillian {Lm.shape[0]}x{Lm.shape[1]}: null-space dimension {k}; "
          f"smallest singular values {', '.join(f'{x:.3e}' for x in s[::-1][:3])} "
          f"(largest {s[0]:.3e})")
    if k != 1:
        out["unique"] = False
        # show that propagation from different initial states ends in different states
        return out
    out["unique"] = True
    gap, ev0 = liouvillian_gap(Lm)
    out["gap"] = gap
    rho_qt = qutip.steadystate(H, all_cops).full()
    rho_svd = state_from_null_vector(nullvecs[0], d)
    t_long = 60.0 / gap                    # exp(-gap t_long) ~ 1e-26
    rho_prop = unvec(expm(t_long * Lm) @ vec(np.eye(d) / d), d)
    Hm = H.full()
    D = [dissipator_super(c, H.dims) for c in cops_by_bath]
    h = trace_functional(Hm)

    def quantities(rho):
        rho = 0.5 * (rho + rho.conj().T)
        J = [float(np.real(h @ (Dr @ vec(rho)))) for Dr in D]
        return dict(heatHot=J[0], heatCold=J[1], heatSum=J[0] + J[1],
                    energy=float(np.real(np.trace(rho @ Hm))), entropy=entropy(rho),
                    popAllUp=float(np.real(rho[0, 0])), popAllDown=float(np.real(rho[-1, -1])),
                    entropyProduction=-(J[0] / temps[0] + J[1] / temps[1]),
                    minEigenvalue=float(np.min(np.linalg.eigvalsh(rho))), rho=rho)

    # independent of the vectorisation: the master equation written out with matrix products
    def direct(rho, cops):
        out = np.zeros_like(rho)
        for C in cops:
            Cm = C.full()
            CdC = Cm.conj().T @ Cm
            out += Cm @ rho @ Cm.conj().T - 0.5 * (CdC @ rho + rho @ CdC)
        return out

    rdot = -1j * (Hm @ rho_qt - rho_qt @ Hm) + direct(rho_qt, all_cops)
    J_direct = [float(np.real(np.trace(Hm @ direct(rho_qt, c)))) for c in cops_by_bath]
    out["residual_direct"] = float(np.max(np.abs(rdot)))

    q = {name: quantities(r) for name, r in (("steadystate", rho_qt), ("svd", rho_svd),
                                              ("propagation", rho_prop))}
    keys = ("heatHot", "heatCold", "heatSum", "energy", "entropy", "popAllUp", "popAllDown")
    for other in ("svd", "propagation"):
        dev = max(np.max(np.abs(q[other]["rho"] - q["steadystate"]["rho"])),
                  *(abs(q[other][kk] - q["steadystate"][kk]) for kk in keys))
        out[f"dev_{other}"] = dev
    out["residual"] = float(np.max(np.abs(Lm @ vec(rho_qt))))
    out.update(q["steadystate"])
    out["dev_direct_J"] = max(abs(J_direct[0] - out["heatHot"]), abs(J_direct[1] - out["heatCold"]))
    print(f"  [{label}] written-out master equation: max |drho/dt| = {out['residual_direct']:.2e}, "
          f"heat currents Tr(H D_r(rho)) differ from the superoperator ones by {out['dev_direct_J']:.2e}")
    assert out["residual_direct"] < 1e-13 and out["dev_direct_J"] < 1e-14
    print(f"  [{label}] Liouvillian gap {gap:.6g}; |L rho_ss| = {out['residual']:.2e}; "
          f"max deviation from qutip.steadystate: SVD {out['dev_svd']:.2e}, "
          f"expm(t={t_long:.3g}) {out['dev_propagation']:.2e}")
    for kk in keys + ("entropyProduction", "minEigenvalue"):
        print(f"      {kk:18s} {out[kk]: .15e}")
    assert out["dev_svd"] < 1e-11 and out["dev_propagation"] < 1e-11
    assert abs(out["heatSum"]) < 1e-12 and out["minEigenvalue"] > -1e-12
    return out


def relaxation(H, cops_by_bath, temps, label):
    """Local-bath relaxation from all-down to T_FINAL: expm (reference), mesolve, heat integrals."""
    d = H.shape[0]
    all_cops = cops_by_bath[0] + cops_by_bath[1]
    Hm = H.full()
    rho0 = np.zeros((d, d), dtype=complex)
    rho0[d - 1, d - 1] = 1.0                # all-down = last basis state
    Lm = qutip.liouvillian(H, all_cops).full()
    D = [dissipator_super(c, H.dims) for c in cops_by_bath]
    h = trace_functional(Hm)
    E0, S0 = float(np.real(np.trace(rho0 @ Hm))), 0.0

    # exact propagator
    rho_ex = unvec(expm(T_FINAL * Lm) @ vec(rho0), d)

    # mesolve with the tolerances of the brief, and tighter
    tl = np.linspace(0.0, T_FINAL, 201)
    rq0 = qutip.Qobj(rho0, dims=H.dims)
    res = qutip.mesolve(H, rq0, tl, c_ops=all_cops, e_ops=[],
                        options=qutip.Options(atol=ATOL, rtol=RTOL, nsteps=NSTEPS))
    rho_me = res.states[-1].full()
    res2 = qutip.mesolve(H, rq0, tl, c_ops=all_cops, e_ops=[],
                         options=qutip.Options(atol=1e-14, rtol=1e-13, nsteps=NSTEPS))
    rho_me2 = res2.states[-1].full()

    # augmented ODE for the heats (real and imaginary parts of vec(rho), Q_hot, Q_cold)
    m = d * d
    DH = [h @ Dr for Dr in D]                   # J_r = Re(DH_r . vec(rho))

    def rhs(t, y):
        v = y[:m] + 1j * y[m:2 * m]
        dv = Lm @ v
        return np.concatenate([dv.real, dv.imag, [np.real(DH[0] @ v), np.real(DH[1] @ v)]])

    y0 = np.concatenate([vec(rho0).real, vec(rho0).imag, [0.0, 0.0]])
    sol = solve_ivp(rhs, (0.0, T_FINAL), y0, method="DOP853", t_eval=[T_FINAL],
                    rtol=1e-13, atol=1e-15)
    Q_ode = sol.y[2 * m:, -1]
    rho_ode = unvec(sol.y[:m, -1] + 1j * sol.y[m:2 * m, -1], d)

    # Simpson on exact states, step 1e-3
    fine = np.linspace(0.0, T_FINAL, 20001)
    step = expm((fine[1] - fine[0]) * Lm)
    v = vec(rho0).astype(complex)
    cur = np.empty((2, len(fine)))
    for i in range(len(fine)):
        cur[0, i], cur[1, i] = np.real(DH[0] @ v), np.real(DH[1] @ v)
        v = step @ v
    Q_simp = [simpson(cur[0], x=fine), simpson(cur[1], x=fine)]

    E = float(np.real(np.trace(rho_ex @ Hm)))
    S = entropy(rho_ex)
    out = dict(initialEnergy=E0, initialEntropy=S0, energy=E, entropy=S,
               heatHot=float(Q_ode[0]), heatCold=float(Q_ode[1]),
               firstLawResidual=E - E0 - Q_ode[0] - Q_ode[1],
               entropyProduction=S - S0 - Q_ode[0] / temps[0] - Q_ode[1] / temps[1],
               popAllUp=float(np.real(rho_ex[0, 0])), popAllDown=float(np.real(rho_ex[-1, -1])))

    def dev(r):
        return max(np.max(np.abs(r - rho_ex)), abs(float(np.real(np.trace(r @ Hm))) - E),
                   abs(entropy(r) - S))

    out["dev_mesolve"] = dev(rho_me)
    out["dev_mesolve_tight"] = dev(rho_me2)
    out["dev_ode_state"] = float(np.max(np.abs(rho_ode - rho_ex)))
    out["dev_simpson"] = float(max(abs(Q_simp[0] - Q_ode[0]), abs(Q_simp[1] - Q_ode[1])))
    print(f"  [{label}] relaxation from all-down (E0 = {E0:.15g}) to t = {T_FINAL:g}:")
    for kk in ("energy", "heatHot", "heatCold", "entropy", "firstLawResidual",
               "entropyProduction", "popAllUp", "popAllDown"):
        print(f"      {kk:18s} {out[kk]: .15e}")
    print(f"      heat Simpson      {Q_simp[0]: .15e} {Q_simp[1]: .15e}")
    print(f"      max deviation from expm: mesolve(atol {ATOL:g}, rtol {RTOL:g}) "
          f"{out['dev_mesolve']:.2e}, mesolve(1e-14, 1e-13) {out['dev_mesolve_tight']:.2e}, "
          f"ODE state {out['dev_ode_state']:.2e}; heat ODE vs Simpson {out['dev_simpson']:.2e}")
    assert out["dev_mesolve"] < 1e-8 and out["dev_mesolve_tight"] < 1e-10
    assert out["dev_ode_state"] < 1e-11 and out["dev_simpson"] < 1e-10
    assert abs(out["firstLawResidual"]) < 1e-11
    return out


def bloch_redfield_check(H, A_list, temps, E, V, tol, min_gap):
    """Steady state from qutip's secular Bloch-Redfield tensor, built in H's eigenbasis."""
    d = len(E)
    Hd = qutip.Qobj(np.diag(E), dims=H.dims)       # diagonal: ZHEEVR returns E exactly
    a_ops = []
    for A, T in zip(A_list, temps):
        def spec(w, T=T):
            if w > tol:
                return GAMMA * (n_bose(w, T) + 1.0)
            if w < -tol:
                return GAMMA * n_bose(-w, T)
            return 0.0
        a_ops.append([qutip.Qobj(V.conj().T @ A.full() @ V, dims=H.dims), spec])
    diffs = np.abs(E[:, None] - E[None, :])
    dw_min = diffs[diffs != 0].min()
    cut = np.sqrt(tol * min_gap)                    # geometric mean: far from both
    R, ekets = qutip.bloch_redfield_tensor(Hd, a_ops, use_secular=True, sec_cutoff=cut / dw_min)
    k, s, _ = null_space_info(R.full())
    rho_br = qutip.steadystate(R).full()            # in the basis of ekets
    U = np.column_stack([kk.full().ravel() for kk in ekets])
    return V @ (U @ rho_br @ U.conj().T) @ V.conj().T, k


def chain_section():
    results = {}
    for N in SIZES:
        print(f"\n=== XXZ chain, N = {N} "
              f"(jx = {JX}, jy = {JY}, jz = {JZ}, lambda = {LAMBDA}) ===")
        H, site = chain(N)
        temps = (T_HOT, T_COLD)
        E, V = np.linalg.eigh(H.full())
        lev_gap = float(np.min(np.diff(E)))
        print(f"  eigenvalues: {np.array2string(E, precision=10, max_line_width=200)}")
        print(f"  smallest level spacing {lev_gap:.6g} (no degenerate levels: the eigenbasis is "
              f"unique up to phases, which drop out of sum A_ab |a><b|)")

        # ---- 1a. local baths --------------------------------------------------------------
        cl = [local_cops(N, site, 0, T_HOT), local_cops(N, site, N - 1, T_COLD)]
        loc = steady_analysis(H, cl, temps, f"local N={N}")
        loc["relax"] = relaxation(H, cl, temps, f"local N={N}")

        # ---- 1b. global (Davies) baths ----------------------------------------------------
        tol, groups, spread, min_gap, npairs = group_bohr(E)
        print(f"  Bohr grouping: tol = {tol:.3e}; {npairs} pairs with w > tol in "
              f"{len(groups)} groups; largest spread inside a group {spread:.2e}; "
              f"smallest gap between groups (or to w = 0) {min_gap:.3e}")
        assert spread < 1e-3 * tol and min_gap > 1e3 * tol
        for w, pairs in groups:
            if len(pairs) > 1:
                print(f"      degenerate w = {w:.12f}: pairs {pairs}")
        A_list = [2.0 * site(0.5 * qutip.sigmax(), 0), 2.0 * site(0.5 * qutip.sigmax(), N - 1)]
        cg, used = [], []
        for A, T in zip(A_list, temps):
            c, u = davies_cops(H, A, T, E, V, groups)
            cg.append(c)
            used.append(u)
        print(f"  Davies: non-zero L_w per bath (hot, cold): {used}")
        glob = steady_analysis(H, cg, temps, f"global N={N}")
        glob.update(groups=len(groups), pairs=npairs, used=used, tol=tol, min_gap=min_gap,
                    spread=spread, degenerateGroups=sum(1 for g in groups if len(g[1]) > 1))

        # detailed-balance check of the construction: both baths at one temperature -> Gibbs
        for Teq in (T_HOT, T_COLD):
            ce = [davies_cops(H, A, Teq, E, V, groups)[0] for A in A_list]
            rho_eq = qutip.steadystate(H, ce[0] + ce[1]).full()
            gibbs = (-H / Teq).expm().full()
            gibbs /= np.trace(gibbs)
            dg = float(np.max(np.abs(rho_eq - gibbs)))
            print(f"  both baths at T = {Teq}: max |rho_ss - Gibbs| = {dg:.2e}")
            assert dg < 1e-12
        if glob["unique"]:
            rho_br, kbr = bloch_redfield_check(H, A_list, temps, E, V, tol, min_gap)
            glob["dev_br"] = float(np.max(np.abs(rho_br - glob["rho"])))
            print(f"  Bloch-Redfield (secular, S(0) = 0): null-space dimension {kbr}, "
                  f"max |rho_BR - rho_Davies| = {glob['dev_br']:.2e}")
            assert kbr == 1 and glob["dev_br"] < 1e-11
        results[N] = dict(local=loc, glob=glob, levelSpacing=lev_gap)
    return results


def write_chain(results):
    lines = [
        "# Reference numbers for the Szilard boundary-driven XXZ-chain scenarios (spin-chain substance,",
        "#   a hot bath on site 0 and a cold bath on the last site; local and global bath forms).",
        "# Generated by docs/validation/chains_and_dots.py",
        f"#   ({VERSIONS}) on {TODAY}.",
        "# Do not edit by hand; rerun: /usr/bin/python3 docs/validation/chains_and_dots.py",
        "#",
        "# Conventions: hbar = k_B = 1; basis index 0 = up (S_z=+1/2), 1 = down; S = sigma/2; sites as",
        "#   Kronecker factors in site order (site 0 leftmost): all-up = index 0, all-down = last index.",
        "#   H = sum_{i<N-1} (jx Sx_i Sx_i+1 + jy Sy_i Sy_i+1 + jz Sz_i Sz_i+1) + lambda sum_i Sz_i (open).",
        "#   hot: T = temperatureHot on site 0; cold: T = temperatureCold on site N-1; both coupling gamma,",
        "#   flat spectrum, n(w) = 1/(exp(w/T)-1).",
        "#   local.*:  L = S_-^(k) at gamma (n(lambda)+1), S_+^(k) at gamma n(lambda).",
        "#   global.*: Davies, A = 2 Sx^(k); pairs grouped by Bohr frequency (tol = 1e-9 * spectral width",
        "#     + 1e-12 * max|E|), L_w = sum A_ab |a><b| at gamma (n(w)+1), L_w^dag at gamma n(w), no w = 0.",
        "#     bohrGroups = number of distinct w > 0 over all pairs; bohrGroups.degenerate = groups holding",
        "#     more than one pair; jumpOperators.hot/cold = number of non-zero L_w of that bath (each also",
        "#     enters as L_w^dag), i.e. groups in which A of that bath has a non-zero element.",
        "#   heatCurrent.r = Tr(H D_r(rho)) with the full H (also local); their sum is 0 in any steady",
        "#     state.  entropyProductionRate = -(J_hot/T_hot + J_cold/T_cold).  entropy in nats.",
        "#   steady.unique / steady.nullSpaceDimension: numerical null space of the Liouvillian (SVD,",
        "#     singular values below 1e-10 * largest); quantities are given only for a unique state.",
        "#   steady state: qutip.steadystate; it agrees with the SVD null vector and with expm(t L) for",
        "#     long t (and, global, with qutip's secular Bloch-Redfield tensor) to the deviations below.",
        "#   local.nN.t20.*: relaxation from the all-down state, exact propagator expm(t L); heat.r =",
        "#     int_0^20 Tr(H D_r(rho)) dt (augmented ODE, DOP853 rtol 1e-13; Simpson on exact states agrees);",
        "#     entropyProduction = S(20) - S(0) - Q_hot/T_hot - Q_cold/T_cold.",
    ]
    for N in SIZES:
        r = results[N]
        lo, gl, rl = r["local"], r["glob"], r["local"]["relax"]
        lines.append(f"#   N = {N}: local steady state SVD {lo['dev_svd']:.1e}, propagation "
                     f"{lo['dev_propagation']:.1e}; global SVD {gl['dev_svd']:.1e}, propagation "
                     f"{gl['dev_propagation']:.1e}, Bloch-Redfield {gl.get('dev_br', float('nan')):.1e};")
        lines.append(f"#     relaxation: mesolve (atol {ATOL:g}, rtol {RTOL:g}) {rl['dev_mesolve']:.1e}, "
                     f"mesolve (1e-14, 1e-13) {rl['dev_mesolve_tight']:.1e}, heat ODE vs Simpson "
                     f"{rl['dev_simpson']:.1e}.")
    lines += [
        "",
        f"param.jx={fmt(JX)}",
        f"param.jy={fmt(JY)}",
        f"param.jz={fmt(JZ)}",
        f"param.lambda={fmt(LAMBDA)}",
        f"param.temperatureHot={fmt(T_HOT)}",
        f"param.temperatureCold={fmt(T_COLD)}",
        f"param.gamma={fmt(GAMMA)}",
        f"param.tFinal={fmt(T_FINAL)}",
        f"param.local.rateDownHot={fmt(GAMMA * (n_bose(LAMBDA, T_HOT) + 1))}",
        f"param.local.rateUpHot={fmt(GAMMA * n_bose(LAMBDA, T_HOT))}",
        f"param.local.rateDownCold={fmt(GAMMA * (n_bose(LAMBDA, T_COLD) + 1))}",
        f"param.local.rateUpCold={fmt(GAMMA * n_bose(LAMBDA, T_COLD))}",
    ]

    def steady_lines(prefix, q):
        out = ["", f"{prefix}.steady.unique={'true' if q['unique'] else 'false'}",
               f"{prefix}.steady.nullSpaceDimension={q['nullDim']}"]
        if not q["unique"]:
            return out
        out += [f"{prefix}.steady.heatCurrent.hot={fmt(q['heatHot'])}",
                f"{prefix}.steady.heatCurrent.cold={fmt(q['heatCold'])}",
                f"{prefix}.steady.heatCurrent.sum={fmt(q['heatSum'])}",
                f"{prefix}.steady.energy={fmt(q['energy'])}",
                f"{prefix}.steady.entropy={fmt(q['entropy'])}",
                f"{prefix}.steady.population.allUp={fmt(q['popAllUp'])}",
                f"{prefix}.steady.population.allDown={fmt(q['popAllDown'])}",
                f"{prefix}.steady.entropyProductionRate={fmt(q['entropyProduction'])}"]
        return out

    for N in SIZES:
        r = results[N]
        lo, gl, rl = r["local"], r["glob"], r["local"]["relax"]
        lines += steady_lines(f"local.n{N}", lo)
        lines += ["",
                  f"local.n{N}.t0.energy={fmt(rl['initialEnergy'])}",
                  f"local.n{N}.t0.entropy={fmt(rl['initialEntropy'])}",
                  f"local.n{N}.t20.energy={fmt(rl['energy'])}",
                  f"local.n{N}.t20.heat.hot={fmt(rl['heatHot'])}",
                  f"local.n{N}.t20.heat.cold={fmt(rl['heatCold'])}",
                  f"local.n{N}.t20.entropy={fmt(rl['entropy'])}",
                  f"local.n{N}.t20.entropyProduction={fmt(rl['entropyProduction'])}",
                  f"local.n{N}.t20.population.allUp={fmt(rl['popAllUp'])}",
                  f"local.n{N}.t20.population.allDown={fmt(rl['popAllDown'])}"]
        lines += ["",
                  f"global.n{N}.bohrGroups={gl['groups']}",
                  f"global.n{N}.bohrGroups.degenerate={gl['degenerateGroups']}",
                  f"global.n{N}.bohrPairs={gl['pairs']}",
                  f"global.n{N}.jumpOperators.hot={gl['used'][0]}",
                  f"global.n{N}.jumpOperators.cold={gl['used'][1]}"]
        lines += steady_lines(f"global.n{N}", gl)
    with open(OUT_CHAIN, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"\nwrote {os.path.relpath(OUT_CHAIN, ROOT)}")


# ==============================================================================================
# Section 2: single level between two fermionic leads
# ==============================================================================================
EPS = 0.3
LEADS = {"left": dict(T=1.0, mu=0.5, Gamma=0.7), "right": dict(T=0.4, mu=-0.2, Gamma=0.2)}


def dot_section():
    print(f"\n=== single level eps = {EPS} between two leads {LEADS} ===")
    dop = qutip.destroy(2)                 # |0> empty, |1> occupied; d = |0><1|
    N = dop.dag() * dop
    H = EPS * N
    cops = {}
    for name, p in LEADS.items():
        f = fermi(EPS, p["mu"], p["T"])
        cops[name] = [np.sqrt(p["Gamma"] * f) * dop.dag(), np.sqrt(p["Gamma"] * (1 - f)) * dop]
    all_cops = cops["left"] + cops["right"]
    rho = qutip.steadystate(H, all_cops).full()
    Lm = qutip.liouvillian(H, all_cops).full()
    k, s, nv = null_space_info(Lm)
    assert k == 1
    rho_svd = state_from_null_vector(nv[0], 2)
    dev_svd = float(np.max(np.abs(rho_svd - rho)))

    hN, hH = trace_functional(N.full()), trace_functional(H.full())
    q = {}
    for name, p in LEADS.items():
        Dr = dissipator_super(cops[name], H.dims)
        I = float(np.real(hN @ Dr @ vec(rho)))
        JE = float(np.real(hH @ Dr @ vec(rho)))
        q[name] = dict(I=I, energy=JE, heat=JE - p["mu"] * I)
    P = -(LEADS["left"]["mu"] * q["left"]["I"] + LEADS["right"]["mu"] * q["right"]["I"])
    occ = float(np.real(rho[1, 1]))

    # analytic
    fL = fermi(EPS, LEADS["left"]["mu"], LEADS["left"]["T"])
    fR = fermi(EPS, LEADS["right"]["mu"], LEADS["right"]["T"])
    GL, GR = LEADS["left"]["Gamma"], LEADS["right"]["Gamma"]
    Ian = GL * GR / (GL + GR) * (fL - fR)
    an = dict(left=dict(I=Ian), right=dict(I=-Ian))
    for name, p in LEADS.items():
        an[name]["heat"] = (EPS - p["mu"]) * an[name]["I"]
        an[name]["energy"] = EPS * an[name]["I"]
    Pan = -(LEADS["left"]["mu"] * Ian + LEADS["right"]["mu"] * (-Ian))
    occ_an = (GL * fL + GR * fR) / (GL + GR)
    sigma = -(q["left"]["heat"] / LEADS["left"]["T"] + q["right"]["heat"] / LEADS["right"]["T"])
    sigma_an = -(an["left"]["heat"] / LEADS["left"]["T"] + an["right"]["heat"] / LEADS["right"]["T"])

    print(f"  f_L = {fL:.15g}, f_R = {fR:.15g}; SVD null vector vs steadystate {dev_svd:.2e}")
    rows = [("occupation", occ, occ_an)]
    for name in LEADS:
        rows += [(f"particleCurrent.{name}", q[name]["I"], an[name]["I"]),
                 (f"energyCurrent.{name}", q[name]["energy"], an[name]["energy"]),
                 (f"heatCurrent.{name}", q[name]["heat"], an[name]["heat"])]
    rows += [("power", P, Pan), ("entropyProductionRate", sigma, sigma_an)]
    print(f"      {'quantity':24s} {'QuTiP':>23s} {'analytic':>23s} {'difference':>10s}")
    maxdiff = 0.0
    for key, a, b in rows:
        print(f"      {key:24s} {a: .15e} {b: .15e} {a - b: .1e}")
        maxdiff = max(maxdiff, abs(a - b))
    print(f"  first law (steady): sum heat - P = "
          f"{q['left']['heat'] + q['right']['heat'] - P:.2e}; I_L + I_R = "
          f"{q['left']['I'] + q['right']['I']:.2e}")
    assert maxdiff < 1e-14 and dev_svd < 1e-14

    lines = [
        "# Reference numbers for the Szilard single-level quantum-dot scenario between two fermionic leads.",
        "# Generated by docs/validation/chains_and_dots.py",
        f"#   ({VERSIONS}) on {TODAY}.",
        "# Do not edit by hand; rerun: /usr/bin/python3 docs/validation/chains_and_dots.py",
        "#",
        "# Conventions: hbar = k_B = 1; H = eps n, n = d^dag d.  Lead r (T, mu, Gamma): d^dag at rate",
        "#   Gamma f(eps), d at Gamma (1 - f(eps)), f(w) = 1/(exp((w - mu)/T) + 1).  In the steady state:",
        "#   particleCurrent.r = Tr(N D_r(rho)) (from lead r INTO the dot), energyCurrent.r = Tr(H D_r(rho)),",
        "#   heatCurrent.r = Tr((H - mu_r N) D_r(rho)), power = -(mu_L I_L + mu_R I_R) = extracted chemical",
        "#   power (first law dE/dt = sum_r heatCurrent.r - power; negative here: the bias is dissipated),",
        "#   entropyProductionRate = -sum_r heatCurrent.r / T_r.",
        "#   qutip.* : qutip.steadystate + the dissipators (SVD null vector agrees to "
        f"{dev_svd:.1e});",
        "#   analytic.*: I_L = -I_R = G_L G_R/(G_L + G_R) (f_L - f_R), heat (eps - mu_r) I_r,",
        "#   occupation (G_L f_L + G_R f_R)/(G_L + G_R); diff.* = qutip - analytic.",
        "",
        f"param.eps={fmt(EPS)}",
    ]
    for name, p in LEADS.items():
        lines += [f"param.{name}.temperature={fmt(p['T'])}",
                  f"param.{name}.chemicalPotential={fmt(p['mu'])}",
                  f"param.{name}.coupling={fmt(p['Gamma'])}"]
    lines += [f"param.left.fermi={fmt(fL)}", f"param.right.fermi={fmt(fR)}"]
    for prefix, idx in (("qutip", 1), ("analytic", 2)):
        lines.append("")
        for row in rows:
            lines.append(f"{prefix}.{row[0]}={fmt(row[idx])}")
    lines.append("")
    for row in rows:
        lines.append(f"diff.{row[0]}={fmt(row[1] - row[2])}")
    with open(OUT_DOT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"\nwrote {os.path.relpath(OUT_DOT, ROOT)}")


if __name__ == "__main__":
    print(VERSIONS)
    os.makedirs(REFDIR, exist_ok=True)
    write_chain(chain_section())
    dot_section()
