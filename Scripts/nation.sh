#!/usr/bin/env bash
# The scale figures of docs/benchmarks.md ("Scale to the nation"): the bundled Dialogs next to
# a synthetic nation of N networks (lotse-bench nation; invented, never bundled), release
# build, the two in the same run, every timing repeated.
#   Scripts/nation.sh [PART …]     parts: check start cpu reload paths test soak
#                                  (default: all but soak, which runs SOAK_MINUTES)
# Environment: NETWORKS (430), RUNS (5: hyperfine runs and daemon starts), ROUNDS (5) and
# SECONDS_PER_ROUND (8) for cpu, RELOADS (3) for reload, SOAK_MINUTES (12), NATION=DIR to reuse
# a nation already written.
# Needs hyperfine and /usr/bin/time (apt-get install -y hyperfine time). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
networks=${NETWORKS:-430}
runs=${RUNS:-5}
rounds=${ROUNDS:-5}
seconds=${SECONDS_PER_ROUND:-8}
soak_minutes=${SOAK_MINUTES:-12}
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(check start cpu reload paths test)
command -v hyperfine >/dev/null || { apt-get update -q && apt-get install -y -q hyperfine; } >/dev/null
[ -x /usr/bin/time ] || { apt-get update -q && apt-get install -y -q time; } >/dev/null
swift build -c release --product lotse >/dev/null
swift build -c release --product lotsed >/dev/null
swift build -c release --product lotse-bench >/dev/null
bin=.build/release
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
nation=${NATION:-$work/nation}
[ -d "$nation" ] || "$bin/lotse-bench" nation --networks "$networks" --out "$nation" --dialogs Dialogs >/dev/null
bundled=Dialogs
# Towns of the bundled networks, which the nation has too: the same walk for both daemons.
towns=(--place Kreuztal --place Lichtenfels --place Olpe --place "Bad Staffelstein")
limits=(--max-sessions 20000 --max-per-address 20000 --max-lines-per-second 1000000)
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
rss() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }
# cputime PID: user + system seconds the process has used (from /proc, whatever else runs).
cputime() { sed 's/.*) //' "/proc/$1/stat" | awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($12 + $13) / hz}'; }
cores() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"; }

# daemon NAME DIALOGS: starts lotsed on a free port, waits for "listening on"; sets $pid,
# $port and $started (seconds from exec to the line).
daemon() {
  local log="$work/$1.log" start end
  : >"$log"
  start=$(date +%s.%N)
  "$bin/lotsed" --port 0 --dialogs "$2" "${limits[@]}" 2>"$log" &
  pid=$!
  pids+=("$pid")
  until grep -q 'listening on' "$log"; do sleep 0.005; done
  end=$(date +%s.%N)
  started=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')
  port=$(sed -nE 's/.*listening on [^ ]*:([0-9]+).*/\1/p' "$log" | head -1)
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

for part in "${parts[@]}"; do
  echo "== $part ($(cores))"
  case $part in
    check)
      hyperfine -N --warmup 1 --runs "$runs" --style basic \
        -n "bundled check --strict" "$bin/lotse check $bundled --strict" \
        -n "nation check --strict" "$bin/lotse check $nation --strict" \
        -n "bundled check --network lichtenfels --strict" "$bin/lotse check $bundled --network lichtenfels --strict" \
        -n "nation check --network lichtenfels --strict" "$bin/lotse check $nation --network lichtenfels --strict" \
        -n "nation check --network testkreis-017 --strict" "$bin/lotse check $nation --network testkreis-017 --strict" \
        --export-markdown "$work/check.md" | grep -E '^(Benchmark|  Time)'
      cat "$work/check.md"
      for dialogs in "$bundled" "$nation"; do
        /usr/bin/time -f "max RSS %M KiB" "$bin/lotse" check "$dialogs" --strict 2>&1 >/dev/null | sed "s|^|check --strict $(basename "$dialogs"): |"
      done
      ;;
    start)
      # The two daemons take turns, so that the machine's drift meets them alike.
      for run in $(seq "$runs"); do
        for name in bundled nation; do
          dialogs=$([ $name = bundled ] && echo "$bundled" || echo "$nation")
          daemon "$name" "$dialogs"
          loaded=$(rss "$pid")
          cpu=$(cputime "$pid")
          sleep 2
          echo "$name $started $loaded $(rss "$pid") $cpu" >>"$work/start"
          printf 'run %d  %-7s  start to listening %s s (CPU %s s)  RSS %s MB at listening, %s MB 2 s later\n' \
            "$run" "$name" "$started" "$cpu" "$loaded" "$(rss "$pid")"
          stop "$pid"
        done
      done
      for name in bundled nation; do
        printf 'median of %d  %-7s  %s s (CPU %s s)  RSS %s MB\n' "$runs" "$name" \
          "$(awk -v n=$name '$1 == n {print $2}' "$work/start" | median)" "$(awk -v n=$name '$1 == n {print $5}' "$work/start" | median)" \
          "$(awk -v n=$name '$1 == n {print $4}' "$work/start" | median)"
      done
      ;;
    cpu)
      # CPU per turn of both daemons under the same client, round after round; the walk
      # answers the place question with a town (the place lookup is exercised).
      daemon bundled "$bundled"
      read -r bpid bport <<<"$pid $port"
      daemon nation "$nation"
      read -r npid nport <<<"$pid $port"
      for round in $(seq "$rounds"); do
        for name in bundled nation; do
          [ $name = bundled ] && target=(--port "$bport" --server-pid "$bpid") || target=(--port "$nport" --server-pid "$npid")
          out=$("$bin/lotse-bench" load "${target[@]}" "${towns[@]}" --sessions 100 --seconds "$seconds")
          cpu=$(sed -nE 's/.* ([0-9.]+) µs per round trip \(user.*/\1/p' <<<"$out")
          p99=$(sed -nE 's/.*p99 ([0-9.]+ [mµ]?s).*/\1/p' <<<"$out")
          rate=$(sed -nE 's/.* ([0-9]+)\/s$/\1/p' <<<"$out")
          walks=$(sed -nE 's/.*walked to their end: ([0-9]+).*/\1/p' <<<"$out")
          echo "$cpu" >>"$work/cpu.$name"
          printf 'round %d  %-7s  %6s turns/s  %s walks  p99 %-9s  CPU %s µs per turn\n' "$round" "$name" "$rate" "$walks" "$p99" "$cpu"
        done
        b=$(tail -1 "$work/cpu.bundled")
        n=$(tail -1 "$work/cpu.nation")
        ratio=$(awk -v a="$n" -v b="$b" 'BEGIN {printf "%.3f", a / b}')
        echo "$ratio" >>"$work/cpu.ratio"
        echo "round $round  nation / bundled ${ratio}×"
      done
      echo "medians of $rounds rounds: bundled $(median <"$work/cpu.bundled") µs, nation $(median <"$work/cpu.nation") µs per turn;" \
        "nation / bundled, round by round: $(paste -sd' ' "$work/cpu.ratio") (median $(median <"$work/cpu.ratio")×)"
      echo "RSS after the rounds: bundled $(rss "$bpid") MB, nation $(rss "$npid") MB"
      stop "$bpid"
      stop "$npid"
      ;;
    reload)
      # 200 sessions walking at a person's pace (100 ms between lines), RELOADS times each
      # (3), then once flat out; SIGHUP 10 s into the 20 s measured; RSS sampled every 0.5 s.
      for think in $(printf '100 %.0s' $(seq "${RELOADS:-3}")) 0; do
        for name in bundled nation; do
          dialogs=$([ $name = bundled ] && echo "$bundled" || echo "$nation")
          daemon "$name" "$dialogs"
          (while kill -0 "$pid" 2>/dev/null; do echo "$(date +%s.%N) $(rss "$pid")"; sleep 0.5; done) >"$work/rss.$name" 2>/dev/null &
          sampler=$!
          echo "-- $name, 200 sessions, ${think} ms between lines, SIGHUP at 10 s"
          "$bin/lotse-bench" load --port "$port" --server-pid "$pid" "${towns[@]}" --sessions 200 --seconds 20 \
            --think-milliseconds "$think" --reload-at 10 --reload-window 3 | grep -vE '^    ([0-8]|1[4-9]|2[0-9])–|latency|walked'
          grep -o 'reloaded Dialogs' "$work/$name.log" | uniq -c | sed 's/^ */  log: /'
          sleep 3
          kill "$sampler" 2>/dev/null || true
          wait "$sampler" 2>/dev/null || true
          stop "$pid"
          # The load starts with 1 s of connecting and warm-up: the SIGHUP comes about 11 s in.
          awk 'NR == 1 {t0 = $1} {r[NR] = $2; t[NR] = $1 - t0; if ($2 + 0 > max + 0) max = $2}
            END {for (i = 1; i <= NR; i++) if (t[i] >= 10 && t[i] < 11) before = r[i]
              printf "  RSS: %s MB just before the SIGHUP, peak %s MB, %s MB at the end of the load, %s MB 3 s after it\n", before, max, r[NR - 6], r[NR]}' "$work/rss.$name"
        done
      done
      ;;
    paths)
      for network in lichtenfels siegen-wittgenstein olpe testkreis-017; do
        for dialogs in "$bundled" "$nation"; do
          [ -d "$dialogs/networks/$network" ] || continue
          /usr/bin/time -f "%e s, max RSS %M KiB" "$bin/lotse" paths --dialogs "$dialogs" --network "$network" --format csv 2>"$work/time" |
            wc -l >"$work/rows"
          printf 'paths --network %-20s %-8s %8d rows  %s\n' "$network" "$([ "$dialogs" = "$bundled" ] && echo bundled || echo nation)" \
            "$(($(cat "$work/rows") - 1))" "$(tail -1 "$work/time")"
        done
      done
      ;;
    test)
      for dialogs in "$bundled" "$nation"; do
        /usr/bin/time -f "%e s wall, %U s user, %S s system, %P CPU, max RSS %M KiB" "$bin/lotse" test --dialogs "$dialogs" \
          >"$work/test.out" 2>"$work/time" || true
        printf 'test %-8s %s; %s\n' "$([ "$dialogs" = "$bundled" ] && echo bundled || echo nation)" \
          "$(tail -1 "$work/test.out")" "$(tail -1 "$work/time")"
      done
      ;;
    soak)
      # The nation and the bundled Dialogs soak side by side (two daemons, 200 sessions each at
      # a person's pace), a reload every 30 s.
      "$bin/lotse-bench" soak --dialogs "$bundled" --minutes "$soak_minutes" --reload-seconds 30 "${towns[@]}" >"$work/soak.bundled" &
      soaks=($!)
      "$bin/lotse-bench" soak --dialogs "$nation" --minutes "$soak_minutes" --reload-seconds 30 "${towns[@]}" >"$work/soak.nation" &
      soaks+=($!)
      wait "${soaks[@]}"
      for name in bundled nation; do
        echo "-- $name"
        cat "$work/soak.$name"
      done
      ;;
    *) echo "unknown part $part" >&2 && exit 2 ;;
  esac
done
