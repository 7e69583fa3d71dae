#!/usr/bin/env bash
# The scale figures of docs/benchmarks.md: the bundled Dialogs next to a synthetic nation of
# N networks (lotse-bench nation; invented, never bundled), release build, same run.
# Prints: lotse check --strict (all, one network), loading to "listening" and RSS of lotsed,
# and lotse test of every transcript.
set -euo pipefail
cd "$(dirname "$0")/.."
networks=${NETWORKS:-430}
swift build -c release --product lotse >/dev/null
swift build -c release --product lotsed >/dev/null
swift build -c release --product lotse-bench >/dev/null
bin=.build/release
work=$(mktemp -d)
trap 'kill "${daemon:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin/lotse-bench" nation --networks "$networks" --out "$work/nation" --dialogs Dialogs >/dev/null
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}'; }
for dialogs in Dialogs "$work/nation"; do
  name=$([ "$dialogs" = Dialogs ] && echo "bundled (3 networks)" || echo "nation ($networks + 3 networks)")
  echo "== $name"
  echo "lotse check --strict: $(seconds "$bin/lotse" check "$dialogs" --strict) s"
  echo "lotse check --network lichtenfels --strict: $(seconds "$bin/lotse" check "$dialogs" --network lichtenfels --strict) s"
  echo "lotse test (every transcript): $(seconds "$bin/lotse" test --dialogs "$dialogs") s"
  log="$work/lotsed.log"
  start=$(date +%s.%N)
  "$bin/lotsed" --port 0 --dialogs "$dialogs" 2>"$log" &
  daemon=$!
  until grep -q 'listening on' "$log"; do sleep 0.01; done
  end=$(date +%s.%N)
  echo "lotsed start to listening: $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}') s; RSS $(awk '/VmRSS/ {print $2 / 1024 " MB"}' /proc/$daemon/status)"
  kill "$daemon"; wait "$daemon" 2>/dev/null || true
done
