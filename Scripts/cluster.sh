#!/usr/bin/env bash
# Two lotsed behind HAProxy, scraped by Prometheus, all on loopback in a temp dir, and three
# checks: (a) new sessions spread over both daemons, counted on each daemon's /metrics and by
# Prometheus; (b) one daemon killed: HAProxy marks it down, new sessions all reach the other,
# and a real `lotse` chat (on a pseudo-terminal) says it reconnected and starts over;
# (c) a rolling reload (SIGHUP one daemon, wait for /health to show the new dialog version,
# then the other) while sessions keep running, with no failures. HAProxy names each terminal
# in a PROXY header (send-proxy), which the daemons read (--proxy-protocol).
#
# Exits non-zero with a message naming the check as soon as one fails. Takes about a minute
# once lotse and lotsed are built (docs/deploy.md#several-daemons has a run's figures).
#
#   Scripts/cluster.sh                 # installs haproxy, prometheus when missing (as root), builds
#   SESSIONS=100 Scripts/cluster.sh    # sessions per phase (default 40)
#   LOTSE_BIN=.build/release Scripts/cluster.sh   # binaries already built elsewhere
#   KEEP=1 Scripts/cluster.sh          # keep the temp dir (configs, logs) after the run
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
sessions=${SESSIONS:-40}
started_at=$(date +%s.%N)

# Seconds since $1 (a `date +%s.%N`), with one decimal.
since() { awk -v from="$1" -v now="$(date +%s.%N)" 'BEGIN { printf "%.1f", now - from }'; }
say() { printf '[%5s s] %s\n' "$(since "$started_at")" "$*"; }
die() {
  printf '\ncluster.sh: CHECK FAILED: %s\n' "$*" >&2
  exit 1
}
client() { python3 "$root/Scripts/cluster-client.py" "$@"; }

# ---- what it needs ------------------------------------------------------------------------------
missing=()
if [ -z "${LOTSE_BIN:-}" ]; then  # to build lotse and lotsed, as .ci/run installs them
  for package in libreadline-dev libqrencode-dev; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
fi
command -v haproxy >/dev/null || missing+=(haproxy)
command -v prometheus >/dev/null || missing+=(prometheus)
command -v python3 >/dev/null || missing+=(python3)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || die "missing ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root"
  say "installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

if [ -n "${LOTSE_BIN:-}" ]; then
  bin=$(cd "$LOTSE_BIN" && pwd)
else
  say "swift build (debug; does nothing when lotse and lotsed are up to date)"
  swift build --product lotsed
  swift build --product lotse
  bin=$(swift build --show-bin-path)
fi
if [ ! -x "$bin/lotsed" ] || [ ! -x "$bin/lotse" ]; then die "no lotsed and lotse in $bin"; fi

# ---- the temp dir, and cleaning up whatever happens ---------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/lotse-cluster.XXXXXX")
declare -A pid=()
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for name in "${!pid[@]}"; do kill -TERM "${pid[$name]}" 2>/dev/null || true; done
  for name in "${!pid[@]}"; do
    for _ in $(seq 50); do kill -0 "${pid[$name]}" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "${pid[$name]}" 2>/dev/null || true
    wait "${pid[$name]}" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ]; then
    for log in "$work"/*.log; do
      [ -f "$log" ] || continue
      printf '\n--- last lines of %s\n' "${log##*/}" >&2
      tail -n 15 "$log" >&2
    done
  fi
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Polls until the command succeeds, every 0.1 s, for at most $2 seconds.
wait_for() {
  local what=$1 seconds=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -le "$deadline" ] || die "$what: not within $seconds s"
    sleep 0.1
  done
}

mapfile -t ports < <(client freeports 7)
declare -A port=([a]=${ports[0]} [b]=${ports[1]}) mport=([a]=${ports[2]} [b]=${ports[3]})
front=${ports[4]} stats=${ports[5]} prom=${ports[6]}
prom_url=http://127.0.0.1:$prom

# A line of a daemon's /metrics: its value, 0 when the series does not exist yet.
metric() {
  curl -fsS --max-time 5 "http://127.0.0.1:${mport[$1]}/metrics" | awk -v name="$2" '
    $1 == name { print $2 + 0; found = 1; exit } END { if (!found) print 0 }'
}
health() { curl -fsS --max-time 5 "http://127.0.0.1:${mport[$1]}/health"; }
# HAProxy's view of a server: UP, DOWN, "UP 1/2" … (field 18 of the stats CSV).
server_status() {
  curl -fsS --max-time 5 "http://127.0.0.1:$stats/stats;csv" | awk -F, -v name="$1" '$1 == "lotsed" && $2 == name { print $18 }'
}
server_is() { [ "$(server_status "$1")" = "$2" ]; }
# A Prometheus query with one series; "none" when it has none (yet).
prom_value() { client value "$prom_url" "$1" 2>/dev/null || echo none; }
prom_equals() { [ "$(prom_value "$1")" = "$2" ]; }
# Prometheus may scrape later than /metrics was read: wait until it has the same value.
prom_agrees() {
  local expression=$1 expected=$2
  wait_for "Prometheus: $expression = $expected" 30 prom_equals "$expression" "$expected"
}

launch_daemon() {
  # HAProxy names each terminal in a PROXY header (send-proxy); this test's terminals all
  # run on this machine, so the per-address limit is raised for them.
  "$bin/lotsed" --port "${port[$1]}" --metrics "127.0.0.1:${mport[$1]}" --dialogs "$work/Dialogs" --proxy-protocol \
    --max-per-address 1000 \
    >>"$work/lotsed-$1.log" 2>&1 &
  pid[$1]=$!
}
# /health answers once the session port listens (lotsed binds that one first).
daemon_ready() {
  wait_for "lotsed $1 answering /health on ${mport[$1]}" 120 health "$1"
  wait_for "HAProxy marking lotsed $1 UP" 30 server_is "$1" UP
}

# ---- the cluster ---------------------------------------------------------------------------------
cp -R "$root/Dialogs" "$work/Dialogs"

cat >"$work/haproxy.cfg" <<EOF
# Generated by Scripts/cluster.sh (contrib/haproxy.cfg is the same for a real machine).
global
    maxconn 4000

defaults
    mode tcp
    timeout connect 2s
    # Longer than lotsed's --idle-timeout (300 s), so that lotsed ends idle sessions with BYE idle.
    timeout client 10m
    timeout server 10m
    retries 3
    option redispatch 1

frontend lotse
    bind 127.0.0.1:$front
    default_backend lotsed

backend lotsed
    # A session is one long TCP connection: send a new one where the fewest are open.
    balance leastconn
    option httpchk GET /health
    http-check expect rstring ^ok\ dialog=
    # send-proxy: each connection starts with a PROXY header naming the terminal, which
    # lotsed (--proxy-protocol) judges its per-address limit and its /auth rule by. The
    # checks go to the /health port without one.
    default-server check inter 500ms fall 2 rise 2 send-proxy
    server a 127.0.0.1:${port[a]} port ${mport[a]}
    server b 127.0.0.1:${port[b]} port ${mport[b]}

frontend stats
    mode http
    bind 127.0.0.1:$stats
    stats enable
    stats uri /stats
    # HAProxy's own metrics for Prometheus (Debian's haproxy is built with the exporter).
    http-request use-service prometheus-exporter if { path /metrics }
EOF

cat >"$work/prometheus.yml" <<EOF
# Generated by Scripts/cluster.sh (contrib/prometheus.yml is the same for a real machine).
global:
  scrape_interval: 1s
  scrape_timeout: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: lotsed
    static_configs:
      - targets: ['127.0.0.1:${mport[a]}']
        labels: { daemon: a }
      - targets: ['127.0.0.1:${mport[b]}']
        labels: { daemon: b }
  - job_name: haproxy
    static_configs:
      - targets: ['127.0.0.1:$stats']
EOF

haproxy -c -q -f "$work/haproxy.cfg" || die "HAProxy refuses the generated $work/haproxy.cfg"
if command -v promtool >/dev/null; then
  promtool check config "$work/prometheus.yml" >/dev/null || die "promtool refuses the generated $work/prometheus.yml"
fi
haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
pid[haproxy]=$!
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" \
  --web.listen-address="127.0.0.1:$prom" >"$work/prometheus.log" 2>&1 &
pid[prometheus]=$!
wait_for "HAProxy stats on $stats" 30 server_status a
say "HAProxy on 127.0.0.1:$front (stats $stats), Prometheus on $prom; starting lotsed a (${port[a]}, metrics ${mport[a]}) and b (${port[b]}, metrics ${mport[b]})"
launch_daemon a
launch_daemon b
daemon_ready a
daemon_ready b
wait_for "Prometheus ready" 60 curl -fsS --max-time 2 "$prom_url/-/ready"
wait_for "Prometheus scraping both daemons" 60 prom_equals 'sum(up{job="lotsed"})' 2
version=$(health a)
version=${version#ok dialog=}
say "both daemons up and healthy (dialog $version); Prometheus scrapes both"

# ---- (a) new sessions spread over both daemons ---------------------------------------------------
before_a=$(metric a lotse_sessions_started_total)
before_b=$(metric b lotse_sessions_started_total)
result_a=$(client sessions "127.0.0.1:$front" "$sessions" --parallel 4) || die "(a) sessions through HAProxy failed: $result_a"
total_a=$(metric a lotse_sessions_started_total)
total_b=$(metric b lotse_sessions_started_total)
spread_a=$((total_a - before_a)) spread_b=$((total_b - before_b))
say "(a) $sessions sessions through HAProxy: $result_a; lotsed a got $spread_a, b got $spread_b"
[ $((spread_a + spread_b)) -eq "$sessions" ] || die "(a) the daemons counted $((spread_a + spread_b)) sessions, not $sessions"
if [ "$spread_a" -lt $((sessions / 4)) ] || [ "$spread_b" -lt $((sessions / 4)) ]; then
  die "(a) sessions not spread: a $spread_a, b $spread_b (each should have at least a quarter)"
fi
prom_agrees 'lotse_sessions_started_total{daemon="a"}' "$total_a"
prom_agrees 'lotse_sessions_started_total{daemon="b"}' "$total_b"
prom_started_a=$(prom_value 'lotse_sessions_started_total{daemon="a"}')
prom_started_b=$(prom_value 'lotse_sessions_started_total{daemon="b"}')
say "(a) Prometheus: lotse_sessions_started_total a=$prom_started_a b=$prom_started_b (the same as /metrics)"

# ---- (b) one daemon dies ------------------------------------------------------------------------
client chat "$work/chat.log" "$work/chat.ready" -- "$bin/lotse" --server "127.0.0.1:$front" --lang en &
chat=$!
pid[chat]=$chat
wait_for "the chat client showing its first question" 60 test -f "$work/chat.ready"
victim=
for name in a b; do
  [ "$(metric "$name" lotse_sessions_open)" = 1 ] && victim=$name
done
[ -n "$victim" ] || die "(b) no daemon holds the chat's session"
survivor=$([ "$victim" = a ] && echo b || echo a)
say "(b) the chat client talks to lotsed $victim; kill -9 lotsed $victim"
killed_at=$(date +%s.%N)
kill -KILL "${pid[$victim]}"
wait "${pid[$victim]}" 2>/dev/null || true
unset "pid[$victim]"
wait_for "(b) HAProxy marking lotsed $victim DOWN" 30 server_is "$victim" DOWN
down_after=$(since "$killed_at")
say "(b) HAProxy marked lotsed $victim DOWN after $down_after s"
chat_status=0
wait "$chat" || chat_status=$?
unset "pid[chat]"
lost_line=$(grep -m1 -o "The connection to the assistant ([^)]*) was lost. Trying to reconnect" "$work/chat.log" || true)
again_line=$(grep -m1 -o "The connection is back. The conversation started over from the beginning" "$work/chat.log" || true)
if [ "$chat_status" -ne 0 ] || [ -z "$lost_line" ] || [ -z "$again_line" ]; then
  die "(b) the chat client did not reconnect and start over (status $chat_status); its screen: $(tail -n 20 "$work/chat.log")"
fi
say "(b) the chat client said: \"$lost_line\""
say "(b)                  then: \"$again_line\" (and answered the new conversation's first question)"
wait_for "Prometheus seeing lotsed $victim down" 30 prom_equals "up{daemon=\"$victim\"}" 0
prom_up_victim=$(prom_value "up{daemon=\"$victim\"}")
prom_agrees 'haproxy_backend_active_servers{proxy="lotsed"}' 1
prom_active=$(prom_value 'haproxy_backend_active_servers{proxy="lotsed"}')
before_s=$(metric "$survivor" lotse_sessions_started_total)
result_b=$(client sessions "127.0.0.1:$front" "$sessions" --parallel 4) || die "(b) sessions after the kill failed: $result_b"
after_s=$(metric "$survivor" lotse_sessions_started_total)
killed_got=0 survivor_got=$((after_s - before_s))
say "(b) $sessions new sessions: $result_b; lotsed $survivor got $survivor_got, lotsed $victim (dead) $killed_got"
[ "$survivor_got" -eq "$sessions" ] || die "(b) lotsed $survivor counted $survivor_got of the $sessions sessions"
prom_agrees "lotse_sessions_started_total{daemon=\"$survivor\"}" "$after_s"

say "(b) starting lotsed $victim again"
launch_daemon "$victim"
daemon_ready "$victim"

# ---- (c) a rolling reload while sessions run ----------------------------------------------------
printf '\n# Scripts/cluster.sh: a change for the rolling reload\n' >>"$work/Dialogs/dialog.yaml"
"$bin/lotse" check "$work/Dialogs" --strict >"$work/check.log" 2>&1 || die "(c) lotse check --strict refuses the changed Dialogs"
all_started() { echo $(($(metric a lotse_sessions_started_total) + $(metric b lotse_sessions_started_total))); }
more_sessions() { [ "$(all_started)" -ge "$1" ]; }
new_version() { [ "$(health "$1")" != "ok dialog=$version" ]; }
rm -f "$work/loop.stop"
client loop "127.0.0.1:$front" "$work/loop.stop" "$work/loop.out" --parallel 4 --pause 0.2 2>"$work/loop.log" &
loop=$!
pid[loop]=$loop
wait_for "(c) sessions running before the reload" 30 more_sessions $(($(all_started) + 8))
for name in a b; do
  kill -HUP "${pid[$name]}"
  wait_for "(c) lotsed $name reporting a new dialog version on /health" 30 new_version "$name"
  say "(c) SIGHUP lotsed $name: /health says $(health "$name")"
  # Sessions keep being opened and walked on both daemons before the next step.
  wait_for "(c) sessions running after reloading $name" 30 more_sessions $(($(all_started) + 8))
done
touch "$work/loop.stop"
loop_status=0
wait "$loop" || loop_status=$?
unset "pid[loop]"
result_c=$(cat "$work/loop.out" 2>/dev/null || echo "no result")
new=$(health a)
new=${new#ok dialog=}
[ "ok dialog=$new" = "$(health b)" ] || die "(c) the daemons serve different dialogs: $new and $(health b)"
[ "$loop_status" -eq 0 ] || die "(c) sessions failed during the rolling reload: $result_c; $(head -n 5 "$work/loop.log")"
say "(c) rolling reload done: $version -> $new; sessions meanwhile: $result_c"
for name in a b; do
  [ "$(metric "$name" 'lotse_reloads_total{result="ok"}')" = 1 ] || die "(c) lotsed $name did not count its reload"
  prom_agrees "lotse_reloads_total{daemon=\"$name\",result=\"ok\"}" 1
done
prom_reloads=$(prom_value 'sum(lotse_reloads_total{result="ok"})')
direct_sessions=$(all_started)
prom_agrees 'sum(lotse_sessions_started_total)' "$direct_sessions"
prom_sessions=$(prom_value 'sum(lotse_sessions_started_total)')

# ---- the summary -------------------------------------------------------------------------------
elapsed=$(since "$started_at")
if [ "$victim" = a ]; then after_kill_a=$killed_got after_kill_b=$survivor_got; else after_kill_a=$survivor_got after_kill_b=$killed_got; fi
row() { printf '%-44s %9s %9s %7s\n' "$@"; }
echo
echo "Summary ($(date -u +%Y-%m-%d), $(nproc) CPUs, lotsed from $bin, $elapsed s)"
row "" "lotsed a" "lotsed b" failed
row "(a) $sessions new sessions, both up" "$spread_a" "$spread_b" "${result_a##*=}"
row "(b) $sessions new sessions, lotsed $victim killed" "$after_kill_a" "$after_kill_b" "${result_b##*=}"
echo "    HAProxy marked lotsed $victim DOWN after $down_after s; the chat client said"
echo "    \"$again_line …\""
row "(c) sessions during the rolling reload" "" "" "${result_c##*=}"
ok_c=${result_c%% *}
echo "    ${ok_c#ok=} sessions walked and quit meanwhile; the dialog went $version -> $new"
echo "Prometheus (HTTP API, scraped every 1 s)"
printf '    %-52s %s\n' \
  "lotse_sessions_started_total{daemon=\"a\"} after (a)" "$prom_started_a" \
  "lotse_sessions_started_total{daemon=\"b\"} after (a)" "$prom_started_b" \
  "up{daemon=\"$victim\"} after the kill" "$prom_up_victim" \
  "haproxy_backend_active_servers{proxy=\"lotsed\"}" "$prom_active" \
  "sum(lotse_reloads_total{result=\"ok\"}) after (c)" "$prom_reloads" \
  "sum(lotse_sessions_started_total) at the end" "$prom_sessions (the daemons' /metrics: $direct_sessions)"
echo "All checks passed."
