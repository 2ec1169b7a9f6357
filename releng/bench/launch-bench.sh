#!/usr/bin/env bash
# Downtime of a server launched with an address of its own (drover launch), migrated with its open TCP
# connections (a command, not a test). Root, after a build. On three demo hosts it launches Debian's in-memory
# key-value server (redis-server, persistence off) on demo1 with its own address, opens N client connections to
# it from demo3 (one Python process, each connection asking PING every 2 ms), migrates the server to demo2 and
# back a few times, and prints one markdown table row per N:
#   | connections | runs | longest silence a client saw, ms (median / max) | migration freeze..resume, ms (median) | reconnects |
# The silence is what a client notices: from its last answer before the freeze to its first answer from the
# target, on the same connection (a client whose connection broke counts as a reconnect, and fails the row).
#   releng/bench/launch-bench.sh [CONNECTIONS="1 100"] [RUNS=5] [--header]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CONNS=${1:-"1 100"}
RUNS=${2:-5}
HEADER=${3:-}
export DROVER_HOME=$(mktemp -d /tmp/drover-lbench.XXXXXX)
cleanup() { [ -n "${CLIENT:-}" ] && kill "$CLIENT" 2>/dev/null; "$ROOT/drover" demo down >/dev/null 2>&1 || true; rm -rf "$DROVER_HOME"; }
trap cleanup EXIT
HOST_SH="$ROOT/scripts/demo-host.sh"
STATE=$DROVER_HOME/demo
PY=$(command -v /usr/bin/python3 || command -v python3)
[ -x /usr/bin/redis-server ] || { echo "launch-bench: needs redis-server (Debian package redis-server)" >&2; exit 1; }
"$ROOT/drover" demo up 3 >/dev/null
ADDR=10.213.7.160

if [ "$HEADER" = "--header" ]; then
  echo "| connections | runs | longest silence a client saw, ms (median / max) | freeze..resume, ms (median) | connections broken |"
  echo "|---|---|---|---|---|"
fi
for n in $CONNS; do
  read -r PID _ < <("$ROOT/drover" launch demo1 --address $ADDR/24 --name kv -- /usr/bin/redis-server --port 6379 --save '' \
    --appendonly no --protected-mode no --maxclients 10000 2>/dev/null)
  for _ in $(seq 50); do "$HOST_SH" exec demo3 "$STATE" -- bash -c "exec 3<>/dev/tcp/$ADDR/6379" 2>/dev/null && break; sleep 0.1; done
  OUT=$DROVER_HOME/client-$n.log
  # the clients: N connections, each PING every 2 ms; on stop, each prints its longest gap between answers
  "$HOST_SH" exec demo3 "$STATE" -- "$PY" -c '
import socket, sys, time, os, selectors
n, addr, out, stop = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
socks = [socket.create_connection((addr, 6379), timeout=5) for _ in range(n)]
for s in socks: s.setblocking(False)
sel = selectors.DefaultSelector()
last = {s: time.time() for s in socks}; gaps = []; broken = set()
for s in socks: s.send(b"PING\r\n"); sel.register(s, selectors.EVENT_READ)
while not os.path.exists(stop):
    for key, _ in sel.select(0.002):
        s = key.fileobj
        try: data = s.recv(64)
        except OSError: data = b""
        if not data: broken.add(s); sel.unregister(s); continue
        now = time.time()
        if now - last[s] > 0.05: gaps.append((now, now - last[s]))
        last[s] = now; s.send(b"PING\r\n")
# one event per migration: the silences that ended within 1 s of each other, the longest of them
events = []
for end, g in sorted(gaps):
    if events and end - events[-1][0] < 1.0: events[-1] = (end, max(events[-1][1], g))
    else: events.append((end, g))
with open(out, "w") as f:
    f.write("%d %s\n" % (len(broken), " ".join(str(int(g * 1000)) for _, g in events)))
' "$n" "$ADDR" "$OUT" "$DROVER_HOME/stop-$n" >/dev/null 2>&1 &
  CLIENT=$!
  sleep 1
  at=demo1; other=demo2; FREEZE=()
  for _ in $(seq "$RUNS"); do
    report=$("$ROOT/drover" migrate $at "$PID" $other --json 2>/dev/null)
    FREEZE+=("$(echo "$report" | "$PY" -c '
import json, sys
r = json.load(sys.stdin)
assert r["outcome"] == "DONE", r.get("cause")
ph = {p["phase"]: p["millis"] for p in r["phases"]}
print(sum(ph.get(k, 0) for k in ("DUMP", "TRANSFER", "VERIFY", "RESTORE")))')")
    t=$at; at=$other; other=$t
    sleep 0.5
  done
  touch "$DROVER_HOME/stop-$n"; wait "$CLIENT" || true; CLIENT=
  read -r broken silences < "$OUT"
  median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "-")}'; }
  smed=$(echo "$silences" | median); smax=$(echo "$silences" | tr ' ' '\n' | grep . | sort -n | tail -1)
  med=$(echo "${FREEZE[*]}" | median)
  echo "| $n | $RUNS | $smed / ${smax:--} | $med | $broken |"
  "$HOST_SH" exec $at "$STATE" -- kill "$PID" >/dev/null 2>&1 || true
  sleep 0.5
done
