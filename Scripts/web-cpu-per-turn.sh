#!/usr/bin/env bash
# The web door's CPU per turn beside TCP's (docs/benchmarks.md): one release lotsed with --web,
# walked by the same lotse-bench load client with the same answers, ROUNDS rounds of SECONDS at
# 100 sessions, TCP and WebSocket taking turns so that the machine's drift meets them alike.
# Prints every round and the medians, and the web door's ratio to TCP.
#   Scripts/web-cpu-per-turn.sh [ROUNDS [SECONDS]]     defaults: 3 rounds of 8 s
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
seconds=${2:-8}
swift build -c release --scratch-path .build-release --product lotsed >/dev/null
swift build -c release --scratch-path .build-release --product lotse-bench >/dev/null
bench=.build-release/release/lotse-bench
work=$(mktemp -d)
.build-release/release/lotsed --port 47621 --web 47622 --max-sessions 20000 --max-per-address 20000 \
  --max-lines-per-second 1000000 >/dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  kill -0 "$pid" 2>/dev/null || { echo "lotsed did not start" >&2; exit 1; }
  (exec 3<>/dev/tcp/127.0.0.1/47621) 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/47622) 2>/dev/null && break
  sleep 0.2
done

for round in $(seq "$rounds"); do
  for transport in tcp web; do
    case $transport in
      tcp) target=(--port 47621) ;;
      web) target=(--web 47622) ;;
    esac
    out=$("$bench" load "${target[@]}" --server-pid "$pid" --sessions 100 --seconds "$seconds")
    cpu=$(sed -nE 's/.* ([0-9.]+) µs per round trip \(user ([0-9.]+) µs, system ([0-9.]+) µs\).*/\1 \2 \3/p' <<<"$out")
    p99=$(sed -nE 's/.*p99 ([0-9.]+ [mµ]?s).*/\1/p' <<<"$out")
    rate=$(sed -nE 's/.* ([0-9]+)\/s$/\1/p' <<<"$out")
    echo "$cpu" >>"$work/$transport.cpu"
    printf 'round %d  %-3s  %7s turns/s  p99 %-9s  CPU %s µs per turn (user %s, system %s)\n' \
      "$round" "$transport" "$rate" "$p99" $cpu
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
tcp=$(cut -d' ' -f1 "$work/tcp.cpu" | median)
web=$(cut -d' ' -f1 "$work/web.cpu" | median)
printf 'medians over %d rounds: TCP %.2f µs, web door %.2f µs per turn: %.2f× TCP\n' "$rounds" "$tcp" "$web" \
  "$(awk -v a="$web" -v b="$tcp" 'BEGIN { print a / b }')"
