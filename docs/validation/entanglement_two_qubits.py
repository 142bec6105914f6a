#!/usr/bin/python3
"""Independent reference numbers for the Szilard entanglement (and ergotropy) analyzers on two spin-1/2 sites.

Run from the repository root with Debian's python (which has QuTiP 4.7.1):

    /usr/bin/python3 docs/validation/entanglement_two_qubits.py

It prints the numbers and writes them (15 significant digits) to
    modules/szilard-cli/src/test/resources/reference/entanglement-two-qubits.properties

Conventions (hbar = k_B = 1), as in /work/shared/spec/physics.md and scenario.md
-------------------------------------------------------------------------------
* spin-1/2 basis: index 0 = |up>, 1 = |down>; S = sigma/2; site 0 is the left Kronecker factor.
* spin-chain substance, 2 sites, open:
      H = jx Sx_0 Sx_1 + jy Sy_0 Sy_1 + jz Sz_0 Sz_1 + lambda (Sz_0 + Sz_1).
* Thermal state rho = exp(-H/T)/Z (qutip: (-H/T).expm() normalised).
* Part A = site 0, part B = site 1.
  concurrence: qutip.concurrence (Wootters);  negativity: (||rho^T_A||_1 - 1)/2 with
  qutip.partial_transpose and the trace norm (sum of |eigenvalues|);  logNegativity: log2 ||rho^T_A||_1
  (BASE 2, the Szilard convention);  entropyA/B: qutip.entropy_vn (natural log, nats) of ptrace;
  mutualInformation: S_A + S_B - S_AB (nats).
* Closed form for the Heisenberg XXX case jx = jy = jz = J, lambda = 0, with S = sigma/2:
  H = J S_0.S_1 has the singlet at -3J/4 and the triplet at +J/4, so the thermal state is a Werner
  state with singlet weight F = e^{3J/4T} / (e^{3J/4T} + 3 e^{-J/4T}) = e^{J/T} / (e^{J/T} + 3) and
      C = max(0, 2F - 1) = max(0, (e^{J/T} - 3) / (e^{J/T} + 3)),   N = C/2,
  entangled for T < J / ln 3.  (For H = J sigma.sigma the exponent would be 4J/T instead.)
  The script checks QuTiP against this formula.
* Ergotropy: Tr(rho H) - sum_k r_k e_k, r decreasing, e increasing (computed with numpy; a thermal state
  gives 0 up to round-off).
"""
import datetime
import math
import os
import sys

import numpy as np
import qutip
import scipy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "modules", "szilard-cli", "src", "test", "resources", "reference",
                   "entanglement-two-qubits.properties")

S = [qutip.sigmax() / 2, qutip.sigmay() / 2, qutip.sigmaz() / 2]
I2 = qutip.qeye(2)


def hamiltonian(jx, jy, jz, lam):
    h = 0
    for j, s in zip((jx, jy, jz), S):
        h = h + j * qutip.tensor(s, s)
    return h + lam * (qutip.tensor(S[2], I2) + qutip.tensor(I2, S[2]))


def thermal(h, t):
    rho = (-h / t).expm()
    return rho / rho.tr()


def measures(rho, h):
    pt = qutip.partial_transpose(rho, [1, 0])
    norm = float(np.sum(np.abs(pt.eigenenergies())))
    sa = qutip.entropy_vn(rho.ptrace(0))
    sb = qutip.entropy_vn(rho.ptrace(1))
    sab = qutip.entropy_vn(rho)
    r = np.sort(rho.eigenenergies())[::-1]
    e = np.sort(h.eigenenergies())
    energy = float(np.real((rho * h).tr()))
    return {
        "concurrence": qutip.concurrence(rho),
        "negativity": (norm - 1) / 2,
        "logNegativity": math.log2(norm),
        "entropyA": sa,
        "entropyB": sb,
        "mutualInformation": sa + sb - sab,
        "energy": energy,
        "ergotropy": energy - float(np.dot(r, e)),
    }


CASES = [
    # name, jx, jy, jz, lambda, T
    ("xxx.T0.25", 1.0, 1.0, 1.0, 0.0, 0.25),
    ("xxx.T0.5", 1.0, 1.0, 1.0, 0.0, 0.5),
    ("xxx.T0.8", 1.0, 1.0, 1.0, 0.0, 0.8),
    ("xxx.T2.0", 1.0, 1.0, 1.0, 0.0, 2.0),
    ("xxz.T0.4", 1.0, 1.0, 0.5, 0.3, 0.4),
]


def main():
    lines = []
    for name, jx, jy, jz, lam, t in CASES:
        h = hamiltonian(jx, jy, jz, lam)
        m = measures(thermal(h, t), h)
        if jx == jy == jz and lam == 0.0:
            x = math.exp(jx / t)
            closed = max(0.0, (x - 3) / (x + 3))
            assert abs(closed - m["concurrence"]) < 1e-12, (name, closed, m["concurrence"])
            assert abs(closed / 2 - m["negativity"]) < 1e-12, (name, closed, m["negativity"])
            m["concurrence.closedForm"] = closed
        lines.append("")
        for key, value in [("jx", jx), ("jy", jy), ("jz", jz), ("lambda", lam), ("temperature", t)]:
            lines.append(f"{name}.param.{key}={value!r}")
        for key, value in m.items():
            lines.append(f"{name}.{key}={value:.15g}")
    # charged battery: |down down> stays an eigenstate of H(lambda) along any ramp of lambda (Sz_total and
    # S_0.S_1 commute with it), so after a closed ramp lambda 1 -> -1 the state is |down down>.
    h = hamiltonian(0.5, 0.5, 0.5, -1.0)
    dd = qutip.ket2dm(qutip.tensor(qutip.basis(2, 1), qutip.basis(2, 1)))
    m = measures(dd, h)
    lines.append("")
    lines.append("battery.param.J=0.5")
    lines.append("battery.param.lambdaFinal=-1.0")
    for key in ("energy", "ergotropy"):
        lines.append(f"battery.{key}={m[key]:.15g}")
    header = [
        "# Reference numbers for the Szilard entanglement and ergotropy analyzers on two spin-1/2 sites",
        "#   (spin-chain substance, 2 sites, open; thermal states and a charged battery).",
        "# Generated by docs/validation/entanglement_two_qubits.py",
        f"#   (QuTiP {qutip.__version__}, numpy {np.__version__}, scipy {scipy.__version__}, python "
        f"{sys.version.split()[0]}) on {datetime.date.today().isoformat()}.",
        "# Do not edit by hand; rerun: /usr/bin/python3 docs/validation/entanglement_two_qubits.py",
        "#",
        "# H = jx Sx_0 Sx_1 + jy Sy_0 Sy_1 + jz Sz_0 Sz_1 + lambda (Sz_0 + Sz_1), S = sigma/2; rho = exp(-H/T)/Z.",
        "# A = site 0, B = site 1; entropies in nats; logNegativity = log2 ||rho^T_A||_1 (base 2).",
        "# xxx.*: jx = jy = jz = J = 1, lambda = 0: C = max(0, (e^{J/T} - 3)/(e^{J/T} + 3)), N = C/2 (checked).",
        "# battery: |down down> after a closed ramp lambda 1 -> -1 at jx = jy = jz = J = 0.5: E = J/4 - lambda = 1.125;",
        "#   the ground state is |up up> at J/4 + lambda = -0.875 (below the singlet, -3J/4, as |lambda| > J),",
        "#   so the ergotropy is -2 lambda = 2.",
    ]
    text = "\n".join(header + lines) + "\n"
    print(text)
    with open(OUT, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
