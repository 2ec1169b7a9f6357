#!/usr/bin/env bash
# Migration benchmark (a command, not a test). Root, after a build. On two demo hosts (own network, PID and
# mount namespaces, linked by the drover0 bridge) it moves processes holding about 10 MB and about 1 GB of
# resident memory with 'drover migrate' (stop-and-copy, the default) and 'drover migrate --post-copy'
# (downtime: freeze until the process runs on the target; post-copy's memory follows after), and in the
# same run measures on the same hosts:
#   - the hand-made baseline: criu dump to disk, copy the image directory over the same link (tar | nc),
#     criu restore;
#   - the floor: image bytes divided by the raw TCP throughput of that link (nc).
#   releng/bench/migration-bench.sh [SIZES_MB="10 1024"]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SIZES=${1:-"10 1024"}
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

# raw TCP throughput of the link A -> B (1 GiB through nc)
"$HOST_SH" exec $B "$STATE" -- sh -c "nc -l -p 9101 > /dev/null" & LISTENER=$!
sleep 0.5
t0=$(now); "$HOST_SH" exec $A "$STATE" -- sh -c "dd if=/dev/zero bs=1M count=1024 2>/dev/null | nc -N $B_ADDR 9101"; t1=$(now)
wait $LISTENER || true
RAW_MBS=$(awk -v ms="$(ms $t0 $t1)" 'BEGIN { printf "%.0f", 1024 * 1000 / ms }')
echo "link $A -> $B: raw TCP ${RAW_MBS} MiB/s (1 GiB through nc)"

holder() { # a process holding $1 MB of memory, every page written once (exactly that much to dump)
  "$ROOT/drover" demo run $A -- "$PY" -c "import time; n = $1 << 20; b = bytearray(n); b[::4096] = b'x' * (n // 4096); time.sleep(10**6)"
}
wait_rss() { # until the process holds about the memory asked for
  for _ in $(seq 100); do
    rss=$("$HOST_SH" exec $A "$STATE" -- sh -c "awk '/VmRSS/ {print int(\$2/1024)}' /proc/$1/status")
    [ "${rss:-0}" -ge "$2" ] && return 0; sleep 0.2
  done
}

printf '\n%-7s | %-44s | %-40s | %s\n' "size" "drover: downtime (dump+transfer+restore) total" "hand-made: downtime (dump+copy+restore)" "floor"
# Both simulated hosts live in one VM: memory the guest never touched costs a host-side fault on first use,
# which two real machines would not pay on the target. Touch (and free) it once before each measurement.
warm() { "$PY" -c "n = ($1 * 3) << 20; b = bytearray(n); b[::4096] = b'x' * (n // 4096)"; }

drover_run() { # $1 MB, $2 extra migrate flags; prints downtime dump transfer restore total image postcopy
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
      r["finishedAt"] - r["startedAt"], r["memoryPagesBytes"] + r["otherImageBytes"], ph.get("POSTCOPY", 0))'
}

# Agents are long-lived daemons: their first migration pays the JIT (several hundred ms on small images).
# One unmeasured migration each way in each mode first, so the figures are those of a running cluster.
for FLAGS in "" "--post-copy"; do
  WPID=$(holder 8); wait_rss "$WPID" 8
  "$ROOT/drover" migrate $A "$WPID" $B $FLAGS >/dev/null 2>&1 && "$ROOT/drover" migrate $B "$WPID" $A $FLAGS >/dev/null 2>&1 || true
  "$HOST_SH" exec $A "$STATE" -- kill -9 "$WPID" >/dev/null 2>&1 || true
done

for MB in $SIZES; do
  # --- Drover, stop-and-copy (the default) and post-copy (--post-copy)
  read -r D_DOWN D_DUMP D_XFER D_REST D_TOTAL D_IMG _ < <(drover_run "$MB" "")
  read -r P_DOWN P_DUMP P_XFER P_REST P_TOTAL P_IMG P_POST < <(drover_run "$MB" "--post-copy")

  # --- hand-made baseline on the same hosts and link
  PID=$(holder "$MB"); wait_rss "$PID" "$MB"; warm "$MB"
  rm -rf "$WORK/a" "$WORK/b"; mkdir -p "$WORK/a" "$WORK/b"
  t0=$(now); "$HOST_SH" exec $A "$STATE" -- "$CRIU" dump -t "$PID" -D "$WORK/a" -o dump.log >/dev/null 2>&1; t1=$(now)
  "$HOST_SH" exec $B "$STATE" -- sh -c "nc -l -p 9102 | tar x -C $WORK/b" & LISTENER=$!
  sleep 0.3
  t2=$(now); "$HOST_SH" exec $A "$STATE" -- sh -c "tar c -C $WORK/a . | nc -N $B_ADDR 9102"; wait $LISTENER || true; t3=$(now)
  "$HOST_SH" exec $B "$STATE" -- "$CRIU" restore -D "$WORK/b" -d -o restore.log >/dev/null 2>&1; t4=$(now)
  H_DUMP=$(ms $t0 $t1); H_COPY=$(ms $t2 $t3); H_REST=$(ms $t3 $t4); H_DOWN=$((H_DUMP + H_COPY + H_REST))
  "$HOST_SH" exec $B "$STATE" -- kill -9 "$PID" || true
  FLOOR=$(awk -v b="$D_IMG" -v r="$RAW_MBS" 'BEGIN { printf "%.0f", b / 1048576 / r * 1000 }')

  printf '%-7s | %6d ms (%d+%d+%d) %6d ms, %d MiB | %6d ms (%d+%d+%d) | %d ms\n' "${MB}MB" \
    "$D_DOWN" "$D_DUMP" "$D_XFER" "$D_REST" "$D_TOTAL" $((D_IMG >> 20)) "$H_DOWN" "$H_DUMP" "$H_COPY" "$H_REST" "$FLOOR"
  printf '%-7s | %6d ms (%d+%d+%d) %6d ms, %d MiB, memory followed in %d ms\n' "  post" \
    "$P_DOWN" "$P_DUMP" "$P_XFER" "$P_REST" "$P_TOTAL" $((P_IMG >> 20)) "$P_POST"
  awk -v d="$D_DOWN" -v p="$P_DOWN" -v h="$H_DOWN" -v c="$((H_DUMP + H_REST))" 'BEGIN {
    printf "        stop-and-copy: drover/hand-made downtime %.2fx; drover/(criu dump+restore) %.2fx\n", d / h, d / c
    printf "        post-copy:     drover/hand-made downtime %.2fx; drover/(criu dump+restore) %.2fx\n", p / h, p / c }'
done
