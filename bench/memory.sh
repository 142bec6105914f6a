#!/usr/bin/env bash
# Memory check: does Szilard's memory grow with the number of cycles? Runs P1 (bench/problems/p1-spin-otto.yaml)
# for 10 and for 10,000 cycles and prints the peak resident set size of each whole process (/usr/bin/time %M), then
# the 10,000 cycles again with the Java heap capped at 32 MB (-Xmx32m), which fails if the run keeps per-cycle data.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for cycles in 10 10000; do
  sed "s/^  cycles: 200$/  cycles: $cycles/" "$root/bench/problems/p1-spin-otto.yaml" > "$work/p1-$cycles.yaml"
  grep -q "cycles: $cycles$" "$work/p1-$cycles.yaml"
  /usr/bin/time -f "$cycles cycles: peak RSS %M KB, %e s wall" "$root/szilard" run "$work/p1-$cycles.yaml" --json \
    > "$work/out-$cycles.json"
done
SZILARD_JAVA_OPTS=-Xmx32m /usr/bin/time -f "10000 cycles, -Xmx32m: peak RSS %M KB, %e s wall" \
  "$root/szilard" run "$work/p1-10000.yaml" --json > "$work/out-capped.json"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
