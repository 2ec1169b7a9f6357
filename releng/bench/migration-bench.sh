#!/usr/bin/env bash
# Migration benchmark (a command, not a test). Root, after a build. On two demo hosts (own network, PID and
# mount namespaces, linked by the drover0 bridge) it moves processes holding about 10 MiB and about 1 GiB of
# resident memory with 'drover migrate' (stop-and-copy, the default) and 'drover migrate --post-copy'
# (downtime: freeze until the process runs on the target; post-copy's memory follows after), and in the
# same run measures on the same hosts:
#   - the hand-made baseline: criu dump to disk, copy the image directory over the same link (tar | nc),
#     criu restore;
#   - the raw TCP throughput of that link (nc), the floor for anything that carries memory pages;
#   - the first migration between freshly started agents, and wire compression off, forced and automatic.
# Detail lines go first; the goals of issue #14 end it as markdown rows
#   | Goal | Drover | Baseline | Ratio | Goal ratio | Met |
# (releng/bench/bench-all.sh gathers them with the other benchmarks' rows into one table).
#   releng/bench/migration-bench.sh [LARGE_MB=1024] [SMALL_ROUNDS=3]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LARGE=${1:-1024}
ROUNDS=${2:-3}
SMALL=10
export DROVER_HOME=$(mktemp -d /tmp/drover-mbench.XXXXXX)
WORK=$(mktemp -d /tmp/drover-mbench-img.XXXXXX)
cleanup() { "$ROOT/drover" demo down >/dev/null 2>&1 || true; rm -rf "$DROVER_HOME" "$WORK"; }
trap cleanup EXIT
HOST_SH="$ROOT/scripts/demo-host.sh"
STATE=$DROVER_HOME/demo
CRIU=$("$ROOT/scripts/criu-path.sh")
PY=$(command -v /usr/bin/python3 || command -v python3)
"$ROOT/drover" demo up 2 >/dev/null
A=demo1; B=demo2
B_ADDR=$("$HOST_SH" addr 2)
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
min() { printf '%s\n' "$@" | sort -n | head -1; }

# raw TCP throughput of the link A -> B (1 GiB through nc)
"$HOST_SH" exec $B "$STATE" -- sh -c "nc -l -p 9101 > /dev/null" & LISTENER=$!
sleep 0.5
t0=$(now); "$HOST_SH" exec $A "$STATE" -- sh -c "dd if=/dev/zero bs=1M count=1024 2>/dev/null | nc -N $B_ADDR 9101"; t1=$(now)
wait $LISTENER || true
RAW_MBS=$(awk -v ms="$(ms $t0 $t1)" 'BEGIN { printf "%.0f", 1024 * 1000 / ms }')
echo "link $A -> $B: raw TCP ${RAW_MBS} MiB/s (1 GiB through nc)"

holder() { # a process holding $1 MiB of memory, every page written once (exactly that much to dump)
  "$ROOT/drover" demo run $A -- "$PY" -c "import time; n = $1 << 20; b = bytearray(n); b[::4096] = b'x' * (n // 4096); time.sleep(10**6)"
}
wait_rss() { # until the process holds about the memory asked for
  for _ in $(seq 100); do
    rss=$("$HOST_SH" exec $A "$STATE" -- sh -c "awk '/VmRSS/ {print int(\$2/1024)}' /proc/$1/status")
    [ "${rss:-0}" -ge "$2" ] && return 0; sleep 0.2
  done
}
# Both simulated hosts live in one VM: memory the guest never touched costs a host-side fault on first use,
# which two real machines would not pay on the target. Touch (and free) it once before each measurement.
warm() { "$PY" -c "n = ($1 * 3) << 20; b = bytearray(n); b[::4096] = b'x' * (n // 4096)"; }

# $1 MiB, $2 extra migrate flags; prints: downtime dump transfer+verify restore total image-bytes postcopy-ms pages-bytes
drover_run() {
  local pid report
  pid=$(holder "$1"); wait_rss "$pid" "$1"; warm "$1"
  report=$("$ROOT/drover" migrate $A "$pid" $B --json $2 2>/dev/null)
  "$HOST_SH" exec $B "$STATE" -- kill -9 "$pid" >/dev/null 2>&1 || true
  echo "$report" | "$PY" -c '
import json, sys
r = json.load(sys.stdin)
assert r["outcome"] == "DONE", r.get("cause")
ph = {p["phase"]: p["millis"] for p in r["phases"]}
print(r["downtimeMillis"], ph.get("DUMP", 0), ph.get("TRANSFER", 0) + ph.get("VERIFY", 0), ph.get("RESTORE", 0),
      r["finishedAt"] - r["startedAt"], r["memoryPagesBytes"] + r["otherImageBytes"], ph.get("POSTCOPY", 0), r["memoryPagesBytes"])'
}
detail() { # $1 label, then drover_run's fields
  printf '%-22s | %6d ms (dump %d + transfer %d + restore %d), total %d ms, %d MiB\n' "$1" "$2" "$3" "$4" "$5" "$6" $(($7 >> 20))
}
warm_up() { # one unmeasured migration each way in each mode: agents are long-lived, their first ones pay the JIT
  for FLAGS in "" "--post-copy"; do
    WPID=$(holder 8); wait_rss "$WPID" 8
    "$ROOT/drover" migrate $A "$WPID" $B $FLAGS >/dev/null 2>&1 && "$ROOT/drover" migrate $B "$WPID" $A $FLAGS >/dev/null 2>&1 || true
    "$HOST_SH" exec $A "$STATE" -- kill -9 "$WPID" >/dev/null 2>&1 || true
  done
}
hand_run() { # $1 MiB: dump to disk, tar | nc, restore; prints: downtime dump copy restore
  local pid
  pid=$(holder "$1"); wait_rss "$pid" "$1"; warm "$1"
  rm -rf "$WORK/a" "$WORK/b"; mkdir -p "$WORK/a" "$WORK/b"
  t0=$(now); "$HOST_SH" exec $A "$STATE" -- "$CRIU" dump -t "$pid" -D "$WORK/a" -o dump.log >/dev/null 2>&1; t1=$(now)
  "$HOST_SH" exec $B "$STATE" -- sh -c "nc -l -p 9102 | tar x -C $WORK/b" & LISTENER=$!
  sleep 0.3
  t2=$(now); "$HOST_SH" exec $A "$STATE" -- sh -c "tar c -C $WORK/a . | nc -N $B_ADDR 9102"; wait $LISTENER || true; t3=$(now)
  "$HOST_SH" exec $B "$STATE" -- "$CRIU" restore -D "$WORK/b" -d -o restore.log >/dev/null 2>&1; t4=$(now)
  "$HOST_SH" exec $B "$STATE" -- kill -9 "$pid" >/dev/null 2>&1 || true
  echo $(( $(ms $t0 $t1) + $(ms $t2 $t3) + $(ms $t3 $t4) )) "$(ms $t0 $t1)" "$(ms $t2 $t3)" "$(ms $t3 $t4)"
}
wire_choice() { # what the source agent said of the last push's memory pages (its audit log)
  grep '"phase":"end","operation":"push-image"' "$STATE/$A/audit.jsonl" | tail -1 | sed -n 's/.*memory pages \([^"(]*\).*/\1/p' | sed 's/ *$//'
}
restart_source() { # $1: extra agent flags for the source agent (empty: none), then warm it up again
  if [ -n "$1" ]; then echo "$1" > "$STATE/$A/agent.opts"; else rm -f "$STATE/$A/agent.opts"; fi
  "$ROOT/drover" demo restart-agent $A >/dev/null
  warm_up
}

# --- 1. the first migration between fresh agents (nothing migrated yet, no JIT, no session)
read -r F_DOWN F_DUMP F_XFER F_REST F_TOTAL F_IMG _ < <(drover_run $SMALL "")
detail "${SMALL} MiB, fresh agents" "$F_DOWN" "$F_DUMP" "$F_XFER" "$F_REST" "$F_TOTAL" "$F_IMG"
warm_up

# --- 2. small, warm agents: best of ROUNDS each, Drover and hand-made alternating
S_DOWNS=(); H_DOWNS=()
for _ in $(seq "$ROUNDS"); do
  read -r d d1 d2 d3 dt di _ < <(drover_run $SMALL ""); S_DOWNS+=("$d"); detail "${SMALL} MiB, drover" "$d" "$d1" "$d2" "$d3" "$dt" "$di"
  read -r h h1 h2 h3 < <(hand_run $SMALL); H_DOWNS+=("$h"); printf '%-22s | %6d ms (dump %d + copy %d + restore %d)\n' "${SMALL} MiB, hand-made" "$h" "$h1" "$h2" "$h3"
done
S_DOWN=$(min "${S_DOWNS[@]}"); H_SMALL=$(min "${H_DOWNS[@]}")
AUTO_CHOICE=$(wire_choice)

# --- 3. large: stop-and-copy (pages streamed during the dump), post-copy, hand-made
read -r L_DOWN L_DUMP L_XFER L_REST L_TOTAL L_IMG _ L_PAGES < <(drover_run "$LARGE" "")
detail "${LARGE} MiB, drover" "$L_DOWN" "$L_DUMP" "$L_XFER" "$L_REST" "$L_TOTAL" "$L_IMG"
read -r P_DOWN P_DUMP P_XFER P_REST P_TOTAL P_IMG P_POST P_PAGES < <(drover_run "$LARGE" "--post-copy")
detail "${LARGE} MiB, post-copy" "$P_DOWN" "$P_DUMP" "$P_XFER" "$P_REST" "$P_TOTAL" "$P_IMG"
echo "                       | memory followed in ${P_POST} ms"
read -r HL_DOWN HL_DUMP HL_COPY HL_REST < <(hand_run "$LARGE")
printf '%-22s | %6d ms (dump %d + copy %d + restore %d)\n' "${LARGE} MiB, hand-made" "$HL_DOWN" "$HL_DUMP" "$HL_COPY" "$HL_REST"
# pages through the page channel: the streamed dump carries them all (CRIU writes nothing else meanwhile)
L_MBS=$(awk -v b="$L_PAGES" -v ms="$L_DUMP" 'BEGIN { printf "%.0f", b / 1048576 * 1000 / ms }')
P_MBS=$(awk -v b="$P_PAGES" -v ms="$P_POST" 'BEGIN { printf "%.0f", b / 1048576 * 1000 / ms }')

# --- 4. wire compression: the small image's pages raw (off) and zstd (always) against the agent's own choice (auto)
OFF_DOWNS=(); ON_DOWNS=()
restart_source "-Ddrover.agent.wireCompression=off"
for _ in $(seq "$ROUNDS"); do read -r d d1 d2 d3 dt di _ < <(drover_run $SMALL ""); OFF_DOWNS+=("$d"); detail "${SMALL} MiB, raw pages" "$d" "$d1" "$d2" "$d3" "$dt" "$di"; done
restart_source "-Ddrover.agent.wireCompression=always"
for _ in $(seq "$ROUNDS"); do read -r d d1 d2 d3 dt di _ < <(drover_run $SMALL ""); ON_DOWNS+=("$d"); detail "${SMALL} MiB, zstd pages" "$d" "$d1" "$d2" "$d3" "$dt" "$di"; done
OFF=$(min "${OFF_DOWNS[@]}"); ON=$(min "${ON_DOWNS[@]}")

echo
row() { # goal, drover, baseline, ratio, goal ratio (<=x or >=x)
  awk -v g="$1" -v d="$2" -v b="$3" -v r="$4" -v goal="$5" 'BEGIN {
    limit = substr(goal, 3) + 0; met = (substr(goal, 1, 2) == "<=") ? (r <= limit) : (r >= limit)
    printf "| %s | %s | %s | %.2f | %s | %s |\n", g, d, b, r, goal, met ? "yes" : "no" }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }
echo "| Goal | Drover | Baseline | Ratio | Goal ratio | Met |"
echo "|---|---|---|---|---|---|"
row "Small: ${SMALL} MiB downtime, warm agents (best of $ROUNDS)" "$S_DOWN ms" "hand-made $H_SMALL ms" "$(ratio "$S_DOWN" "$H_SMALL")" "<=1.2"
row "Small: ${SMALL} MiB downtime, first migration between fresh agents" "$F_DOWN ms" "hand-made $H_SMALL ms" "$(ratio "$F_DOWN" "$H_SMALL")" "<=2.0"
row "Large: $LARGE MiB stop-and-copy downtime" "$L_DOWN ms" "hand-made $HL_DOWN ms" "$(ratio "$L_DOWN" "$HL_DOWN")" "<=1.0"
row "Large: pages through the secure channel" "$L_MBS MiB/s" "raw TCP $RAW_MBS MiB/s" "$(ratio "$L_MBS" "$RAW_MBS")" ">=0.8"
row "Post-copy: $LARGE MiB downtime" "$P_DOWN ms" "$SMALL MiB stop-and-copy $S_DOWN ms" "$(ratio "$P_DOWN" "$S_DOWN")" "<=1.5"
row "Post-copy: memory follows" "$P_MBS MiB/s" "raw TCP $RAW_MBS MiB/s" "$(ratio "$P_MBS" "$RAW_MBS")" ">=0.8"
BEST=$(min "$OFF" "$ON")
row "Wire compression: ${SMALL} MiB downtime, auto (${AUTO_CHOICE:-?})" "$S_DOWN ms" "raw $OFF ms, zstd $ON ms" "$(ratio "$S_DOWN" "$BEST")" "<=1.1"
