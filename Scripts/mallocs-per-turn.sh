#!/usr/bin/env bash
# Heap allocations per turn of a release lotsed under `lotse-bench load` (docs/benchmarks.md):
# a perf uprobe on libc's malloc counts for 3 s, the daemon's lotse_turns_total gives the turns
# of the same 3 s. Needs root for the uprobe, and linux-perf (installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v perf >/dev/null || { apt-get update -q && apt-get install -y -q linux-perf; } >/dev/null
swift build -c release --scratch-path .build-release --product lotsed >/dev/null
swift build -c release --scratch-path .build-release --product lotse-bench >/dev/null
bin=.build-release/release
perf probe -l 2>/dev/null | grep -q probe_libc:malloc || perf probe -q -x /lib/x86_64-linux-gnu/libc.so.6 malloc
"$bin/lotsed" --port 47495 --metrics 47496 --max-sessions 20000 --max-per-address 20000 --max-lines-per-second 1000000 2>/dev/null &
daemon=$!
trap 'kill $daemon 2>/dev/null' EXIT
until curl -sf 127.0.0.1:47496/health >/dev/null; do sleep 0.2; done
"$bin/lotse-bench" load --port 47495 --sessions 50 --seconds 6 >/dev/null &
sleep 2
turns() { curl -s 127.0.0.1:47496/metrics | awk '/^lotse_turns_total/ {print $2}'; }
before=$(turns)
mallocs=$(perf stat -e probe_libc:malloc -p "$daemon" -x, -- sleep 3 2>&1 | awk -F, '/malloc/ {print $1}')
after=$(turns)
wait %2 2>/dev/null || true
echo "mallocs $mallocs, turns $((after - before)): $(awk -v m="$mallocs" -v t=$((after - before)) 'BEGIN {printf "%.2f", m / t}') per turn"
