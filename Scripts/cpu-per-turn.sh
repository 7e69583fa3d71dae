#!/usr/bin/env bash
# CPU per turn against redis-server's CPU per PING, the same client in the same run
# (docs/benchmarks.md): ROUNDS rounds of SECONDS each at 100 sessions, the servers taking turns
# so that the machine's drift meets them alike — lotsed, then (with a second binary) another
# lotsed to compare with, then redis-server (inline PING) and the SwiftNIO floor
# (`lotse-bench floor`, 400 fixed bytes per line). Prints every round and the medians.
#   Scripts/cpu-per-turn.sh [ROUNDS [SECONDS [OTHER_LOTSED]]]     defaults: 3 rounds of 8 s
# PIN=1 runs the servers on CPU 1 and the client on CPU 0 (taskset), instead of letting all
# share both cores (a pinned lotsed keeps its two event loops, on the one core).
# Needs redis-server (installed with apt-get when missing). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
seconds=${2:-8}
other=${3:-}
command -v redis-server >/dev/null || { apt-get update -q && apt-get install -y -q redis-server; } >/dev/null
swift build -c release --scratch-path .build-release --product lotsed >/dev/null
swift build -c release --scratch-path .build-release --product lotse-bench >/dev/null
server=()
client=()
if [ -n "${PIN:-}" ]; then
  server=(taskset -c 1)
  client=(taskset -c 0)
fi
bench=.build-release/release/lotse-bench
limits=(--max-sessions 20000 --max-per-address 20000 --max-lines-per-second 1000000)
work=$(mktemp -d)
pids=()
servers=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT

# start NAME PORT COMMAND...: a server in the background (taskset execs it: $! is the server),
# its pid and port noted under NAME; the rounds take the servers in the order they started.
start() {
  local name=$1 port=$2
  shift 2
  "${server[@]}" "$@" >/dev/null 2>&1 &
  pids+=($!)
  servers+=("$name")
  echo "$! $port" >"$work/$name.server"
}
start lotsed 47611 .build-release/release/lotsed --port 47611 --web 47615 "${limits[@]}"
read -r lotsed_pid _ <"$work/lotsed.server"
servers+=(web)
echo "$lotsed_pid 47615" >"$work/web.server"
[ -z "$other" ] || start other 47612 "$other" --port 47612 "${limits[@]}"
start redis 47613 redis-server --port 47613 --bind 127.0.0.1 --save '' --appendonly no
start floor 47614 "$bench" floor --port 47614
for _ in $(seq 50); do
  ready=1
  for name in "${servers[@]}"; do
    read -r _ port <"$work/$name.server"
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || ready=0
  done
  [ "$ready" = 1 ] && break
  sleep 0.2
done

for round in $(seq "$rounds"); do
  for name in "${servers[@]}"; do
    read -r pid port <"$work/$name.server"
    case $name in
      lotsed | other) target=(--port "$port") ;;
      web) target=(--web "$port") ;;
      *) target=(--ping "$port") ;;
    esac
    out=$("${client[@]}" "$bench" load "${target[@]}" --server-pid "$pid" --sessions 100 --seconds "$seconds")
    # "… N µs per round trip (user U µs, system S µs)" and "p99 X ms"
    cpu=$(sed -nE 's/.* ([0-9.]+) µs per round trip \(user ([0-9.]+) µs, system ([0-9.]+) µs\).*/\1 \2 \3/p' <<<"$out")
    p99=$(sed -nE 's/.*p99 ([0-9.]+ [mµ]?s).*/\1/p' <<<"$out")
    rate=$(sed -nE 's/.* ([0-9]+)\/s$/\1/p' <<<"$out")
    load=$(sed -nE 's/.*client CPU ([0-9.]+) µs.*/\1/p' <<<"$out")
    echo "$cpu $load" >>"$work/$name.cpu"
    printf 'round %d  %-6s  %7s round trips/s  p99 %-9s  CPU %s µs per round trip (user %s, system %s; client %s)\n' \
      "$round" "$name" "$rate" "$p99" $cpu "$load"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
redis=$(cut -d' ' -f1 "$work/redis.cpu" | median)
echo "medians over $rounds rounds (CPU per round trip, user, system; ratio to redis-server; the client's CPU):"
for name in "${servers[@]}"; do
  total=$(cut -d' ' -f1 "$work/$name.cpu" | median)
  user=$(cut -d' ' -f2 "$work/$name.cpu" | median)
  system=$(cut -d' ' -f3 "$work/$name.cpu" | median)
  load=$(cut -d' ' -f4 "$work/$name.cpu" | median)
  printf '  %-6s  %6.2f µs  (user %5.2f, system %5.2f)  %.2f×  client %6.2f µs\n' "$name" "$total" "$user" "$system" \
    "$(awk -v a="$total" -v b="$redis" 'BEGIN { print a / b }')" "$load"
done
