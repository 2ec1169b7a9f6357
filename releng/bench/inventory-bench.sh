#!/usr/bin/env bash
# Inventory benchmark (a command, not a test): on a demo host running N extra processes that hold files
# and pipes, times './drover ps HOST --json' against 'lsof -n -P' run inside the same host, alternating,
# in the same run, and samples the agent's resident memory idle and during the inventories.
#   releng/bench/inventory-bench.sh [N=2000] [ROUNDS=5]
# Needs root (simulated hosts in namespaces) and a build (./setup or ./mvnw package).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
N=${1:-2000}
ROUNDS=${2:-5}
export DROVER_HOME=$(mktemp -d /tmp/drover-bench.XXXXXX)
cleanup() { "$ROOT/drover" demo down >/dev/null 2>&1 || true; rm -rf "$DROVER_HOME"; }
trap cleanup EXIT

"$ROOT/drover" demo up 1 >/dev/null
HOST=demo1
STATE=$DROVER_HOME/demo
PAIRS=$((N / 2))
# N processes: N/2 pipelines 'sleep < /etc/passwd | cat > /dev/null', each holding a file or /dev/null and a pipe.
"$ROOT/drover" demo run $HOST -- bash -c "for i in \$(seq $PAIRS); do sleep 100000 < /etc/passwd | cat > /dev/null & done; wait" >/dev/null
for _ in $(seq 120); do
  count=$("$ROOT/scripts/demo-host.sh" exec $HOST "$STATE" -- sh -c 'ls -d /proc/[0-9]* | wc -l')
  [ "$count" -ge "$N" ] && break
  sleep 0.5
done
echo "host $HOST: $count processes"

AGENT_PID=$(pgrep -f -- "^[^ ]*/bin/java .*--name $HOST --listen" | head -1)
rss() { awk '/VmRSS/ {print int($2/1024)}' /proc/$AGENT_PID/status; }
"$ROOT/drover" ps $HOST --json >/dev/null   # warm-up: the agent's first scan pays for class loading and JIT
IDLE=$(rss)

peak_file=$(mktemp)
( peak=0; while kill -0 $AGENT_PID 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r && echo $peak > "$peak_file"; sleep 0.02; done ) &
SAMPLER=$!

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
drover_times=(); lsof_times=()
for r in $(seq "$ROUNDS"); do
  drover_times+=("$(ms "$ROOT/drover" ps $HOST --json)")
  lsof_times+=("$(ms "$ROOT/scripts/demo-host.sh" exec $HOST "$STATE" -- lsof -n -P)")
done
kill $SAMPLER 2>/dev/null || true; wait $SAMPLER 2>/dev/null || true
PEAK=$(cat "$peak_file"); rm -f "$peak_file"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
D=$(median "${drover_times[@]}"); L=$(median "${lsof_times[@]}")
SCAN=$("$ROOT/drover" ps $HOST --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["result"]["scanMillis"])' 2>/dev/null || echo "?")
echo "drover ps --json (ms): ${drover_times[*]}  median $D  (agent scan alone: ${SCAN} ms)"
echo "lsof -n -P      (ms): ${lsof_times[*]}  median $L"
awk -v d="$D" -v l="$L" 'BEGIN { printf "ratio lsof/drover: %.1fx\n", l / d }'
echo "agent resident memory: idle ${IDLE} MB, peak during inventories ${PEAK} MB"
