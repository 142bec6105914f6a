#!/usr/bin/python3
"""Independent reference computation for the Szilard scenario "relaxation-transverse".

Run from the repository root with Debian's python (which has QuTiP 4.7.1):

    /usr/bin/python3 docs/validation/relaxation_transverse.py

It prints the numbers and writes them (15 significant digits) to
modules/szilard-cli/src/test/resources/reference/relaxation-transverse.properties

Conventions (hbar = k_B = 1)
----------------------------
* spin-1/2 basis: index 0 = |up> (S_z = +1/2), index 1 = |down>;
  S_z = sigma_z/2, S_x = sigma_x/2.  (QuTiP's sigmaz() = diag(1, -1) uses the same order.)
* H = lambda S_z + h S_x, lambda = 1.0, h = 0.6.
* Bath: bosonic, global (Davies) form, coupling operator A = 2 S_x = sigma_x, flat spectrum
  J(w) = 1.  Diagonalise H = sum_a E_a |a><a|.  For every Bohr frequency w = E_b - E_a > 0:
      L_w = sum_{E_b - E_a = w} A_ab |a><b|,   A_ab = <a|A|b>
  with L_w at rate gamma (n(w)+1) and L_w^dag at rate gamma n(w), n(w) = 1/(exp(w/T)-1).
  Only w > 0 enters: there is NO w = 0 (pure-dephasing) channel, although the diagonal
  elements A_aa = <a|sigma_x|a> are non-zero here (H is not parallel to z).
* drho/dt = -i[H, rho] + D(rho),  D(rho) = sum rate (L rho L^dag - 1/2 {L^dag L, rho}).
* Heat taken from the bath Q(t) = int_0^t Tr(H D(rho)) dt'  (= E(t) - E(0), H constant).
* Entropy production Sigma(t) = S(t) - S(0) - Q(t)/T, S = von Neumann entropy in nats.
* Initial state psi = (|up> + |down>)/sqrt(2), evolved to t = 10; also reported at t = 2, 5
  and the t -> infinity limit (Gibbs state exp(-H/T)/Z).

Routes
------
A. qutip.mesolve with c_ops = sqrt(rate) * L, atol=1e-12, rtol=1e-10 (as specified); it agrees
   with B to ~1e-10, which is its integration tolerance.  A second mesolve run with atol=1e-14,
   rtol=1e-13 is also done to show that the difference shrinks with the tolerance.
B. exact propagator: expm(t * Lsuper), Lsuper = qutip.liouvillian(H, c_ops) (4x4), scipy expm.
   Accurate to ~1e-15, so these are the numbers written to the file (hermitised).
C. qutip.brmesolve (secular Bloch-Redfield) with a spectrum function reproducing the rates
   (atol=1e-14, rtol=1e-13)
D. heat from an augmented ODE d/dt [vec(rho), Q] = [Lsuper vec(rho), Tr(H D(rho))] solved with
   scipy solve_ivp (DOP853), plus a Simpson quadrature of Tr(H D(rho(t))) on a fine grid of
   exact (expm) states; both compared with E(t) - E(0).
"""

import datetime
import os
import sys

import numpy as np
import qutip
import scipy
from scipy.integrate import simpson, solve_ivp
from scipy.linalg import expm

# ----------------------------------------------------------------------------------------------
# Parameters
# ----------------------------------------------------------------------------------------------
LAMBDA = 1.0   # coefficient of S_z
H_X = 0.6      # coefficient of S_x
T = 0.5        # bath temperature
GAMMA = 0.2    # coupling strength (flat spectrum J(w) = 1)
T_FINAL = 10.0
REPORT_TIMES = [2.0, 5.0, 10.0]

ATOL, RTOL, NSTEPS = 1e-12, 1e-10, 10**7

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "modules", "szilard-cli", "src", "test", "resources", "reference",
                   "relaxation-transverse.properties")

# ----------------------------------------------------------------------------------------------
# Operators (basis: 0 = up, 1 = down)
# ----------------------------------------------------------------------------------------------
Sz = 0.5 * qutip.sigmaz()
Sx = 0.5 * qutip.sigmax()
assert Sz.full()[0, 0] == 0.5  # index 0 is "up"
H = LAMBDA * Sz + H_X * Sx
A = 2.0 * Sx                    # coupling operator = sigma_x
up, down = qutip.basis(2, 0), qutip.basis(2, 1)
psi0 = (up + down).unit()
rho0 = qutip.ket2dm(psi0)


def n_bose(w):
    return 1.0 / np.expm1(w / T)


# ----------------------------------------------------------------------------------------------
# Davies jump operators, built literally from the eigen-decomposition of H
# ----------------------------------------------------------------------------------------------
evals, evecs = H.eigenstates()          # ascending energies
Hm, Am = H.full(), A.full()
# group transitions by Bohr frequency w = E_b - E_a > 0 (tolerance for degeneracies)
lowering = {}                            # w -> matrix of L_w
for a in range(len(evals)):
    for b in range(len(evals)):
        w = evals[b] - evals[a]
        if w <= 1e-12:
            continue
        ka, kb = evecs[a].full(), evecs[b].full()
        A_ab = (ka.conj().T @ Am @ kb)[0, 0]
        key = next((k for k in lowering if abs(k - w) < 1e-10), w)
        lowering[key] = lowering.get(key, 0) + A_ab * (ka @ kb.conj().T)

c_ops = []
rates = []                               # (w, rate_down, rate_up, |A_ab|^2) for reporting
for w, Lmat in lowering.items():
    L = qutip.Qobj(Lmat)
    n = n_bose(w)
    c_ops.append(np.sqrt(GAMMA * (n + 1.0)) * L)       # emission  (lowering)
    c_ops.append(np.sqrt(GAMMA * n) * L.dag())          # absorption (raising)
    rates.append((w, GAMMA * (n + 1.0), GAMMA * n, float(np.sum(np.abs(Lmat) ** 2))))


def dissipator(rho):
    """D(rho) as a Qobj, from the same c_ops."""
    out = 0 * rho
    for C in c_ops:
        CdC = C.dag() * C
        out += C * rho * C.dag() - 0.5 * (CdC * rho + rho * CdC)
    return out


def energy(rho):
    return float(np.real(qutip.expect(H, rho)))


def entropy(rho):
    # von Neumann entropy in nats (base e); clip tiny negative eigenvalues from round-off
    p = np.clip(np.real(np.linalg.eigvalsh(rho.full())), 0.0, None)
    p = p[p > 0]
    return float(-np.sum(p * np.log(p)))


# ----------------------------------------------------------------------------------------------
# Route A: mesolve
# ----------------------------------------------------------------------------------------------
tlist = np.linspace(0.0, T_FINAL, 1001)     # step 0.01, contains 2, 5, 10 exactly
idx = {t: int(round(t / (tlist[1] - tlist[0]))) for t in REPORT_TIMES}
for t in REPORT_TIMES:
    assert abs(tlist[idx[t]] - t) < 1e-12
opts = qutip.Options(atol=ATOL, rtol=RTOL, nsteps=NSTEPS)
res_me = qutip.mesolve(H, rho0, tlist, c_ops=c_ops, e_ops=[], options=opts)
states_me = {t: res_me.states[idx[t]] for t in REPORT_TIMES}
opts_tight = qutip.Options(atol=1e-14, rtol=1e-13, nsteps=NSTEPS)
res_me2 = qutip.mesolve(H, rho0, tlist, c_ops=c_ops, e_ops=[], options=opts_tight)
states_me2 = {t: res_me2.states[idx[t]] for t in REPORT_TIMES}

# ----------------------------------------------------------------------------------------------
# Route B: exact propagator of the 4x4 Liouvillian
# ----------------------------------------------------------------------------------------------
Lsup = qutip.liouvillian(H, c_ops)          # acts on column-stacked vec(rho)
Lsup_m = Lsup.full()
v0 = qutip.operator_to_vector(rho0).full().ravel()


def exact_state(t):
    v = expm(t * Lsup_m) @ v0
    r = v.reshape(2, 2, order="F")                   # QuTiP vectorises column-major
    return qutip.Qobj(0.5 * (r + r.conj().T))        # remove ~1e-17 anti-hermitian round-off


states_ex = {t: exact_state(t) for t in REPORT_TIMES}

# ----------------------------------------------------------------------------------------------
# Route C: brmesolve.  QuTiP 4.7 convention (checked numerically below): the spectrum is
# evaluated at w = E_b - E_a for the transition b -> a, i.e. S(w > 0) is the rate of
# *emission* (energy given to the bath) and S(w < 0) that of absorption; the resulting
# transition rate is |A_ab|^2 S(w).  So S(w) = gamma (n(w)+1) for w > 0, gamma n(|w|) for
# w < 0, and S(0) = 0 to switch off the w = 0 dephasing channel that the brief excludes.
# (With a_ops given as a plain Python function, brmesolve calls it as spec(w).)
# ----------------------------------------------------------------------------------------------
def spectrum(w):
    if w > 1e-12:
        return GAMMA * (n_bose(w) + 1.0)
    if w < -1e-12:
        return GAMMA * n_bose(-w)
    return 0.0


# tight tolerances (with atol=1e-12, rtol=1e-10 it agrees with route B only to ~3e-10)
res_br = qutip.brmesolve(H, rho0, tlist, a_ops=[[A, spectrum]], e_ops=[], options=opts_tight,
                         use_secular=True)
states_br = {t: res_br.states[idx[t]] for t in REPORT_TIMES}

# ----------------------------------------------------------------------------------------------
# Route D: heat as an explicit time integral of Tr(H D(rho))
# ----------------------------------------------------------------------------------------------
# D as a 4x4 superoperator: Lsuper minus the Hamiltonian part -i[H, .]
Dsup_m = (Lsup - qutip.liouvillian(H, [])).full()
hvec = qutip.operator_to_vector(H.dag()).full().ravel().conj()   # Tr(H X) = hvec . vec(X)
# (vec is column stacking, Tr(H X) = sum_ij H_ji X_ij = <vec(H^dag)|vec(X)>)


def rhs(t, y):
    v = y[:4] + 1j * y[4:8]
    dv = Lsup_m @ v
    dq = np.real(hvec @ (Dsup_m @ v))
    return np.concatenate([dv.real, dv.imag, [dq]])


y0 = np.concatenate([v0.real, v0.imag, [0.0]])
sol = solve_ivp(rhs, (0.0, T_FINAL), y0, method="DOP853", t_eval=REPORT_TIMES,
                rtol=1e-13, atol=1e-15)
heat_ode = {t: sol.y[8, k] for k, t in enumerate(REPORT_TIMES)}
rho_ode = {t: (sol.y[:4, k] + 1j * sol.y[4:8, k]).reshape(2, 2, order="F")
           for k, t in enumerate(REPORT_TIMES)}

# Simpson quadrature of the heat current on a fine grid of exact states
fine = np.linspace(0.0, T_FINAL, 20001)
step_prop = expm((fine[1] - fine[0]) * Lsup_m)
v = v0.copy()
current = np.empty_like(fine)
for k in range(len(fine)):
    current[k] = np.real(hvec @ (Dsup_m @ v))
    v = step_prop @ v
heat_quad = {}
for t in REPORT_TIMES:
    m = int(round(t / (fine[1] - fine[0])))
    heat_quad[t] = simpson(current[: m + 1], x=fine[: m + 1])

# ----------------------------------------------------------------------------------------------
# Gibbs state (t -> infinity)
# ----------------------------------------------------------------------------------------------
gibbs = (-H / T).expm()
gibbs = gibbs / gibbs.tr()
rho_ss = qutip.steadystate(H, c_ops)

# ----------------------------------------------------------------------------------------------
# Collect numbers (route A is the reference; others are cross-checks)
# ----------------------------------------------------------------------------------------------
E0 = energy(rho0)
assert entropy(rho0) < 1e-14
S0 = 0.0                                 # pure state (numerically 2e-16 from eigvalsh)


def summary(rho):
    E, S = energy(rho), entropy(rho)
    Q = E - E0
    return dict(energy=E, heat=Q, entropy=S, entropyProduction=S - S0 - Q / T, rho=rho.full())


sumA = {t: summary(states_me[t]) for t in REPORT_TIMES}
sumB = {t: summary(states_ex[t]) for t in REPORT_TIMES}
sumC = {t: summary(states_br[t]) for t in REPORT_TIMES}
sumG = summary(gibbs)
sumA2 = {t: summary(states_me2[t]) for t in REPORT_TIMES}
REF = sumB                               # numbers written to the properties file

print(f"QuTiP {qutip.__version__}, numpy {np.__version__}, scipy {scipy.__version__}, "
      f"python {sys.version.split()[0]}")
print(f"H = {LAMBDA} Sz + {H_X} Sx, T = {T}, gamma = {GAMMA}; eigenvalues {evals}")
for w, rdn, rup, a2 in rates:
    print(f"Bohr frequency w = {w:.15g}: n(w) = {n_bose(w):.15g}, rate(L) = {rdn:.15g}, "
          f"rate(L^dag) = {rup:.15g}, sum|A_ab|^2 = {a2:.15g}")
print(f"initial: E = {E0:.15g}, S = {S0:.15g}")

KEYS = ("energy", "heat", "entropy", "entropyProduction")
max_dev = {"A mesolve (spec. tol)": 0.0, "A mesolve (tight tol)": 0.0, "C brmesolve": 0.0,
           "D state (ODE)": 0.0, "D heat (ODE)": 0.0, "D heat (Simpson)": 0.0}
for t in REPORT_TIMES:
    a, b, c = sumA[t], sumB[t], sumC[t]
    print(f"\n t = {t:g}")
    for key in KEYS:
        print(f"   {key:18s} expm {b[key]: .15e}  mesolve {a[key]: .15e}  brme {c[key]: .15e}")
    print(f"   heat: ODE {heat_ode[t]: .15e}  Simpson {heat_quad[t]: .15e}  E(t)-E(0) {b['heat']: .15e}")
    for i in range(2):
        for j in range(2):
            print(f"   rho{i}{j} = {b['rho'][i, j]:.15e}")
    for name, other in (("A mesolve (spec. tol)", a), ("A mesolve (tight tol)", sumA2[t]),
                        ("C brmesolve", c)):
        d = max(np.max(np.abs(b["rho"] - other["rho"])), *(abs(b[k] - other[k]) for k in KEYS))
        max_dev[name] = max(max_dev[name], d)
    max_dev["D state (ODE)"] = max(max_dev["D state (ODE)"], np.max(np.abs(rho_ode[t] - b["rho"])))
    max_dev["D heat (ODE)"] = max(max_dev["D heat (ODE)"], abs(heat_ode[t] - b["heat"]))
    max_dev["D heat (Simpson)"] = max(max_dev["D heat (Simpson)"], abs(heat_quad[t] - b["heat"]))

print("\n t -> infinity (Gibbs exp(-H/T)/Z):")
for key in ("energy", "heat", "entropy", "entropyProduction"):
    print(f"   {key:18s} {sumG[key]: .15e}")
for i in range(2):
    for j in range(2):
        print(f"   rho{i}{j} = {sumG['rho'][i, j]:.15e}")
dev_ss = float(np.max(np.abs(rho_ss.full() - gibbs.full())))
print(f"   max |steadystate(H, c_ops) - Gibbs| = {dev_ss:.3e}")

print("\nMax deviation from the exact expm route (over t = 2, 5, 10; rho entries, E, Q, S, Sigma):")
for k, d in max_dev.items():
    print(f"   {k:22s} {d:.3e}")
print(f"   trace error at t=10: {abs(states_me[10.0].tr() - 1):.3e}, "
      f"hermiticity error: {np.max(np.abs(sumA[10.0]['rho'] - sumA[10.0]['rho'].conj().T)):.3e}")

assert max_dev["A mesolve (spec. tol)"] < 1e-9 and max_dev["C brmesolve"] < 1e-11
assert max_dev["A mesolve (tight tol)"] < 1e-11
assert max_dev["D state (ODE)"] < 1e-12 and max_dev["D heat (ODE)"] < 1e-12
assert max_dev["D heat (Simpson)"] < 1e-10
assert dev_ss < 1e-10

# ----------------------------------------------------------------------------------------------
# Write the properties file
# ----------------------------------------------------------------------------------------------
def fmt(x):
    x = float(x)
    if x == 0.0:
        return "0.0"
    s = f"{x:.15g}"
    return s if ("e" in s or "." in s) else s + ".0"


lines = [
    "# Reference numbers for the Szilard scenario \"relaxation-transverse\".",
    "# Generated by docs/validation/relaxation_transverse.py",
    f"#   (QuTiP {qutip.__version__}, numpy {np.__version__}, scipy {scipy.__version__}, "
    f"python {sys.version.split()[0]}) on {datetime.date.today().isoformat()}.",
    "# Do not edit by hand; rerun: /usr/bin/python3 docs/validation/relaxation_transverse.py",
    "#",
    "# Conventions: hbar = k_B = 1; basis index 0 = up (S_z=+1/2), 1 = down; S_z = sigma_z/2,",
    "#   S_x = sigma_x/2.  H = lambda S_z + h S_x.  Davies (global) bosonic bath, coupling",
    "#   A = 2 S_x = sigma_x, flat spectrum J(w) = 1: for each Bohr frequency w = E_b - E_a > 0,",
    "#   L_w = sum A_ab |a><b| at rate gamma (n(w)+1) and L_w^dag at rate gamma n(w),",
    "#   n(w) = 1/(exp(w/T)-1); no w = 0 dephasing term.  Q = int Tr(H D(rho)) dt = E(t)-E(0),",
    "#   Sigma = S(t) - S(0) - Q/T, S = von Neumann entropy in nats.",
    "#   Initial state (|up> + |down>)/sqrt(2).  Numbers from the exact propagator",
    "#   expm(t * qutip.liouvillian(H, c_ops)) (accurate to ~1e-15); cross-checks (max deviation):",
    f"#   mesolve atol={ATOL:g} rtol={RTOL:g}: {max_dev['A mesolve (spec. tol)']:.1e}; "
    f"mesolve atol=1e-14 rtol=1e-13: {max_dev['A mesolve (tight tol)']:.1e};",
    f"#   brmesolve (atol=1e-14 rtol=1e-13): {max_dev['C brmesolve']:.1e}; heat integral of Tr(H D(rho)) (ODE): "
    f"{max_dev['D heat (ODE)']:.1e}.",
    "#   tinf.* = Gibbs state exp(-H/T)/Z (t -> infinity limit).",
    "",
    f"param.lambda={fmt(LAMBDA)}",
    f"param.h={fmt(H_X)}",
    f"param.temperature={fmt(T)}",
    f"param.gamma={fmt(GAMMA)}",
    f"param.tFinal={fmt(T_FINAL)}",
    f"param.bohrFrequency={fmt(rates[0][0])}",
    f"param.rateDown={fmt(rates[0][1])}",
    f"param.rateUp={fmt(rates[0][2])}",
    "",
    f"initial.energy={fmt(E0)}",
    f"initial.entropy={fmt(S0)}",
]
for i in range(2):
    for j in range(2):
        lines.append(f"initial.rho{i}{j}.re={fmt(rho0.full()[i, j].real)}")
        lines.append(f"initial.rho{i}{j}.im={fmt(rho0.full()[i, j].imag)}")


def block(prefix, s):
    out = ["", f"{prefix}.energy={fmt(s['energy'])}", f"{prefix}.heat={fmt(s['heat'])}",
           f"{prefix}.entropy={fmt(s['entropy'])}",
           f"{prefix}.entropyProduction={fmt(s['entropyProduction'])}"]
    for i in range(2):
        for j in range(2):
            out.append(f"{prefix}.rho{i}{j}.re={fmt(s['rho'][i, j].real)}")
            out.append(f"{prefix}.rho{i}{j}.im={fmt(s['rho'][i, j].imag)}")
    return out


for t in REPORT_TIMES:
    lines += block(f"t{t:g}", REF[t])
lines += block("tinf", sumG)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    f.write("\n".join(lines) + "\n")
print(f"\nwrote {os.path.relpath(OUT, ROOT)}")
