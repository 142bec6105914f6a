#!/usr/bin/python3
"""End-to-end comparison of Szilard with QuTiP 4.7 on the benchmark problems of bench/problems (see bench/README.md).

Run from anywhere with the Debian python3:  /usr/bin/python3 bench/compare.py [--problems P1,P2-8-steady]
[--repeats 3] [--timeout 900] [--memory 8]. QuTiP 4.7.1 is installed from Debian (python3-qutip) if `import qutip`
fails.

What is timed, wall clock, one fresh process per run:
- Szilard: the whole `distribution/target/szilard/bin/szilard run FILE --json` process (the installed launcher that
  `./szilard` hands over to): the launcher script, JVM start, validation, the run and the JSON output (the project is
  built first, untimed, if it is stale, and one untimed run makes the launcher's class-data archive).
- QuTiP: the whole `/usr/bin/python3 bench/qutip_problems.py FUNCTION [ARG]` process: interpreter start, the qutip
  import and the problem's function. The time of the function alone is reported too, and for Szilard the run's
  own `run.wallSeconds` (without JVM start and validation).
The runs alternate (Szilard, QuTiP, Szilard, ...) so that changes of the machine's load hit both alike, and the
load average is recorded with each. A run that exceeds the timeout is reported as "timeout", one that fails (a
QuTiP run beyond its address-space cap of --memory GiB ends in a MemoryError) as "failed", and that side of the
problem is not run again. Before timing counts, both answers are checked against each other: the quantity and
tolerance of each problem are in PROBLEMS.
"""

import argparse
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

import yaml

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
PYTHON = "/usr/bin/python3"


@dataclass
class Check:
    """One compared quantity: its key in Szilard's JSON result, its key in the QuTiP function's result, and the
    largest allowed |difference| (absolute), or `sigmas` standard errors for means over trajectories."""
    szilard: str
    qutip: str
    tolerance: float = 0.0
    sigmas: float = 0.0


@dataclass
class Problem:
    """A problem: its scenario file, solver overrides for Szilard, the QuTiP function with its argument, and checks."""
    scenario: str
    function: str
    argument: str = ""
    solver: dict = field(default_factory=dict)
    checks: list = field(default_factory=list)


def otto_checks(tolerance):
    """Work and heats of the last cycle of an Otto engine, all to the same absolute tolerance."""
    return [Check("energetics.work", "work", tolerance), Check("energetics.heat.hot", "heat.hot", tolerance),
            Check("energetics.heat.cold", "heat.cold", tolerance)]


def relaxation(sites):
    """P2 relaxation: heat taken from each bath over [0, 20] (QuTiP: Simpson's rule on 801 points). The tolerance
    is QuTiP's error: at atol = rtol = 1e-8 its hot heat at 8 sites is 2e-6 off the converged value (both solvers
    at 1e-11 agree to 1e-8 with it), Szilard's 1e-7."""
    return Problem(f"p2-xxz-{sites}-relaxation.yaml", "p2_relaxation", str(sites),
                   checks=[Check("energetics.heat.hot", "heat.hot", 5e-6),
                           Check("energetics.heat.cold", "heat.cold", 5e-6)])


def steady(sites):
    """P2 steady state: the heat currents."""
    return Problem(f"p2-xxz-{sites}-steady.yaml", "p2_steady", str(sites),
                   checks=[Check("energetics.heatCurrent.hot", "heatCurrent.hot", 1e-9),
                           Check("energetics.heatCurrent.cold", "heatCurrent.cold", 1e-9)])


def jumps(threads):
    """P4 on `threads` threads (QuTiP mcsolve on as many processes): mean heat per bath, jump-counted, within four
    combined standard errors."""
    return Problem("p4-jumps-qubit.yaml", "p4_jumps_qubit", str(threads), solver={"threads": threads},
                   checks=[Check("fluctuations.heat.hot", "heat.hot", sigmas=4),
                           Check("fluctuations.heat.cold", "heat.cold", sigmas=4)])


PROBLEMS = {
    "P1": Problem("p1-spin-otto.yaml", "p1_spin_otto", checks=otto_checks(1e-8)),
    **{f"P2-{n}-relaxation": relaxation(n) for n in (6, 8, 10)},
    **{f"P2-{n}-steady": steady(n) for n in (6, 8, 10)},
    "P3": Problem("p3-oscillator-otto.yaml", "p3_oscillator_otto", checks=otto_checks(1e-5)),
    "P3-eigenbasis": Problem("p3-oscillator-otto.yaml", "p3_oscillator_otto", "1", checks=otto_checks(1e-5)),
    "P4-1-thread": jumps(1),
    "P4-2-threads": jumps(2),
}


def ensure_qutip():
    """Installs QuTiP from Debian if the system python cannot import it."""
    if subprocess.run([PYTHON, "-c", "import qutip"], capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "install", "-y", "python3-qutip"], check=True)


def scenario_file(problem, directory):
    """The scenario to run: the problem's file, or a JSON copy of it with the solver overrides applied."""
    path = os.path.join(BENCH, "problems", problem.scenario)
    if not problem.solver:
        return path
    with open(path) as f:
        scenario = yaml.safe_load(f)
    scenario["solver"].update(problem.solver)
    copy = os.path.join(directory, problem.scenario.replace(".yaml", f"-{len(os.listdir(directory))}.json"))
    with open(copy, "w") as f:
        json.dump(scenario, f)
    return copy


def timed(command, timeout, memory=None):
    """Runs a command, its address space capped at `memory` bytes if given. Returns (wall seconds, or "timeout" or
    "failed", stdout, load average before the run); a failure's last line of standard error is printed."""
    load = os.getloadavg()[0]
    cap = (lambda: resource.setrlimit(resource.RLIMIT_AS, (memory, memory))) if memory else None
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT, preexec_fn=cap)
    except subprocess.TimeoutExpired:
        return "timeout", None, load
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        print(f"  {os.path.basename(command[0])} failed ({done.returncode}): "
              f"{(done.stderr.strip().splitlines() or [''])[-1]}")
        return "failed", None, load
    return seconds, done.stdout, load


def lookup(document, key):
    """The value at a dotted key of a JSON document."""
    for part in key.split("."):
        document = document[part]
    return document


def compare(problem, szilard, qutip):
    """Checks the two answers; returns (all agree, one line per quantity)."""
    lines, agree = [], True
    for check in problem.checks:
        if check.sigmas:
            s = lookup(szilard, check.szilard)
            n_s, n_q = szilard["fluctuations"]["trajectories"], qutip["trajectories"]
            a, b = s["mean"], qutip[check.qutip + ".mean"]
            allowed = check.sigmas * math.sqrt(s["variance"] / n_s + qutip[check.qutip + ".variance"] / n_q)
        else:
            a, b, allowed = lookup(szilard, check.szilard), qutip[check.qutip], check.tolerance
        ok = abs(a - b) <= allowed
        agree &= ok
        lines.append(f"  {check.szilard}: Szilard {a:.10g}, QuTiP {b:.10g}, |diff| {abs(a - b):.2e} "
                     f"{'<=' if ok else '>'} {allowed:.2e}")
    return agree, lines


def machine():
    """A description of the machine and the software versions."""
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    memory = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")) / 2**20
    java_home = os.environ.get("JAVA_HOME")  # the launcher's choice too
    java = subprocess.run([os.path.join(java_home, "bin", "java") if java_home else "java", "-version"],
                          capture_output=True, text=True).stderr.splitlines()[0]
    versions = subprocess.run([PYTHON, "-c", "import qutip, numpy, scipy; "
                               "print(qutip.__version__, numpy.__version__, scipy.__version__)"],
                              capture_output=True, text=True).stdout.split()
    return (f"{cpu}, {os.cpu_count()} cores, {memory:.1f} GiB; {java}; QuTiP {versions[0]}, numpy {versions[1]}, "
            f"scipy {versions[2]}; load average {os.getloadavg()[0]:.2f} at the start")


def prepared_launcher(runtime):
    """Builds the project if it is stale, lets the installed launcher record its class-data archive in an untimed
    run (with the `runtime` arguments, which choose the archive), and returns the launcher's path. The timed runs go
    to it rather than to ./szilard, so that a source edited meanwhile cannot start a build inside one."""
    subprocess.run([os.path.join(ROOT, "szilard"), "--version"], check=True, capture_output=True)
    launcher = os.path.join(ROOT, "distribution", "target", "szilard", "bin", "szilard")
    subprocess.run([launcher, "run", os.path.join(ROOT, "examples", "spin-otto.yaml"), "--json"] + runtime,
                   check=True, capture_output=True)
    return launcher


def seconds(times):
    """The median of the finished runs, or why there is none ("timeout", "failed")."""
    done = [t for t in times if not isinstance(t, str)]
    return f"{statistics.median(done):.2f}" if done else times[-1]


def ratio_of(szilard, qutip, timeout):
    """QuTiP's time over Szilard's; a bound when one side timed out, "-" when there is none."""
    finished = [t not in ("timeout", "failed") for t in (szilard, qutip)]
    if all(finished):
        return f"{float(qutip) / float(szilard):.1f}"
    if finished[1] and szilard == "timeout":
        return f"< {float(qutip) / timeout:.2f}"
    if finished[0] and qutip == "timeout":
        return f"> {timeout / float(szilard):.1f}"
    return "-"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problems", default=",".join(PROBLEMS), help="comma-separated, from: " + ", ".join(PROBLEMS))
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each side per problem")
    parser.add_argument("--timeout", type=float, default=900, help="seconds before a run counts as a timeout")
    parser.add_argument("--memory", type=float, default=8, help="GiB of address space a QuTiP run may use")
    parser.add_argument("--runtime", choices=["osgi", "modules"],
                        help="Szilard's plugin runtime (default: the launcher's, osgi)")
    args = parser.parse_args()
    names = args.problems.split(",")
    memory = int(args.memory * 2**30)
    unknown = [n for n in names if n not in PROBLEMS]
    if unknown:
        parser.error(f"unknown problems {unknown}; known: {', '.join(PROBLEMS)}")

    ensure_qutip()
    runtime = ["--runtime", args.runtime] if args.runtime else []
    launcher = prepared_launcher(runtime)
    print(machine() + (f"; Szilard --runtime {args.runtime}" if args.runtime else ""))
    rows = []
    with tempfile.TemporaryDirectory() as directory:
        for name in names:
            problem = PROBLEMS[name]
            commands = {"szilard": [launcher, "run", scenario_file(problem, directory), "--json"]
                        + runtime,
                        "qutip": [PYTHON, os.path.join(BENCH, "qutip_problems.py"), problem.function]
                        + ([problem.argument] if problem.argument else [])}
            times = {side: [] for side in commands}
            answers, loads, inner = {}, [], {side: [] for side in commands}
            for _ in range(args.repeats):
                for side, command in commands.items():
                    if any(isinstance(t, str) for t in times[side]):
                        continue
                    wall, out, load = timed(command, args.timeout, memory if side == "qutip" else None)
                    times[side].append(wall)
                    loads.append(load)
                    if out is not None:
                        answers[side] = json.loads(out)
                        inner[side].append(answers[side]["seconds"] if side == "qutip"
                                           else answers[side]["run"]["wallSeconds"])
            print(f"{name}: Szilard {times['szilard']}, QuTiP {times['qutip']} s; loads {loads}")
            agree, lines = (compare(problem, answers["szilard"], answers["qutip"]) if len(answers) == 2
                            else (None, ["  not compared: a side did not finish"]))
            print("\n".join(lines))
            s, q = seconds(times["szilard"]), seconds(times["qutip"])
            ratio = ratio_of(s, q, args.timeout)
            inside = [f"{statistics.median(inner[side]):.2f}" if inner[side] else "-" for side in commands]
            same = {True: "yes", False: "NO", None: "-"}[agree]
            rows.append(f"| {name} | {s} | {inside[0]} | {q} | {inside[1]} | {ratio} | {same} "
                        f"| {min(loads):.1f}-{max(loads):.1f} |")
    print("\n| problem | Szilard s | Szilard run s | QuTiP s | QuTiP function s | QuTiP/Szilard | same answer | load |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0 if all("NO" not in row for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
