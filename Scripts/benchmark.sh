#!/usr/bin/env bash
# The daemon's figures next to redis-server's on the same machine, in one run (docs/benchmarks.md):
# the engine benchmark, lotsed under 1, 50 and 100 walking sessions, redis-server answering
# inline PINGs from the same client, the SwiftNIO floor (a server that only answers lines),
# redis-benchmark's own baseline, 10,000 idle sessions, and a graceful shutdown with 900 open.
# Loopback only. Needs redis-server and redis-tools (installed with apt-get when missing).
set -eu
cd "$(dirname "$0")/.."
seconds=${SECONDS_PER_RUN:-10}
command -v redis-server >/dev/null || { apt-get update -q && apt-get install -y -q redis-server redis-tools; } >/dev/null
swift build -c release --product lotsed >/dev/null
swift build -c release --product lotse-bench >/dev/null
bench=.build/release/lotse-bench

echo "== engine"
$bench engine
echo "== lotsed (load)"
for sessions in 1 50 100; do $bench load --sessions "$sessions" --seconds "$seconds"; done
echo "== redis-server PING_INLINE, same client"
port=16380
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
sleep 0.5
for sessions in 1 50 100; do $bench load --ping "$port" --server-pid "$pid" --sessions "$sessions" --seconds "$seconds"; done
kill $pid; wait $pid 2>/dev/null || true
trap - EXIT
echo "== SwiftNIO floor (lotse-bench floor, 400-byte answers), same client"
$bench floor --port "$port" > /tmp/lotse-floor.$$ &
floor=$!
trap 'kill $floor 2>/dev/null; rm -f /tmp/lotse-floor.$$' EXIT
sleep 0.5
pid=$(sed -E 's/.*pid ([0-9]+)/\1/' /tmp/lotse-floor.$$)
for sessions in 1 50 100; do $bench load --ping "$port" --server-pid "$pid" --sessions "$sessions" --seconds "$seconds"; done
kill $floor; wait $floor 2>/dev/null || true
trap - EXIT
echo "== redis-benchmark (../shared/bench/redis-baseline.sh)"
if [ -x ../shared/bench/redis-baseline.sh ] || [ -f ../shared/bench/redis-baseline.sh ]; then bash ../shared/bench/redis-baseline.sh; fi
echo "== lotsed (idle)"
ulimit -n "$(ulimit -Hn)"
$bench idle --connections 10000
echo "== lotsed (graceful shutdown)"
$bench shutdown --connections 900
