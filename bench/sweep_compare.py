"""A parameter scan in one process on each side: `szilard sweep` of P1 over the hot control value against the same
P1 computed by QuTiP in a loop (qutip_problems.py p1_sweep), whole processes timed alternately as compare.py does,
and the work of every point compared.

    /usr/bin/python3 bench/sweep_compare.py [--points 20] [--repeats 3] [--threads 1]

Here JVM start and plugin loading are paid once for all points, as Python's start and `import qutip` are.
"""
import argparse
import csv
import io
import json
import os
import statistics
import sys

from compare import PYTHON, BENCH, ensure_qutip, machine, prepared_launcher, timed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=20, help="hot control values from 3 to 5")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each side")
    parser.add_argument("--threads", type=int, default=1, help="points Szilard runs at the same time")
    args = parser.parse_args()
    ensure_qutip()
    launcher = prepared_launcher([])
    scenario = os.path.join(BENCH, "problems", "p1-spin-otto.yaml")
    commands = {
        "szilard": [launcher, "sweep", scenario, "--set", f"protocol.control.hot=3:5:{args.points}",
                    "--threads", str(args.threads)],
        "qutip": [PYTHON, os.path.join(BENCH, "qutip_problems.py"), "p1_sweep", str(args.points)],
    }
    print(machine() + f"; {args.points} points, Szilard on {args.threads} thread(s)")
    times, outputs = {side: [] for side in commands}, {}
    for _ in range(args.repeats):
        for side, command in commands.items():
            wall, out, _ = timed(command, 3600)
            times[side].append(wall)
            outputs[side] = out
    rows = list(csv.DictReader(io.StringIO(outputs["szilard"])))
    szilard = [float(row["energetics.work"]) for row in rows]
    quantities = json.loads(outputs["qutip"])
    qutip = [quantities[f"work.{k}"] for k in range(args.points)]
    worst = max(abs(a - b) for a, b in zip(szilard, qutip))
    s, q = statistics.median(times["szilard"]), statistics.median(times["qutip"])
    print(f"Szilard {times['szilard']} s, QuTiP {times['qutip']} s (QuTiP's loop {quantities['seconds']:.2f} s)")
    print(f"work at {args.points} points agrees to {worst:.1e}")
    print(f"| P1 sweep, {args.points} points | {s:.2f} | {q:.2f} | {q / s:.1f} | {'yes' if worst <= 1e-8 else 'NO'} |")
    return 0 if worst <= 1e-8 else 1


if __name__ == "__main__":
    sys.exit(main())
