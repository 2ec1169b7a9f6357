#!/usr/bin/env bash
# Inventory benchmark (a command, not a test). On one demo host running N extra processes that hold files and
# pipes, with a real OpenSSH server started inside it, and in the same run, alternating:
#   - the agent's own scan (scanMillis of each 'drover ps HOST --json') against 'lsof -n -P' run inside the host
#     (lsof's own wall time: nothing of the way in is counted against it);
#   - './drover ps HOST --json' end to end against 'ssh HOST lsof -n -P' through OpenSSH (what an operator would
#     type instead), both written to a file;
# and samples the agent's resident memory idle and during the inventories.
#   releng/bench/inventory-bench.sh [--header] [N=4000] [ROUNDS=7]
# Standard output: one markdown table row per goal, '| Goal | Drover | Baseline | Ratio | Goal ratio | Met |'
# (--header: the header line and separator first); everything else goes to standard error. Ratio = baseline /
# Drover (how many times faster Drover is); times are medians, with the range over the rounds in brackets.
# Needs root (simulated hosts in namespaces), /usr/sbin/sshd, lsof, and a build (./setup or ./mvnw package).
# Run it under the machine's heavy-work lock where one is shared: flock /tmp/drover-heavy.lock releng/bench/...
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HEADER=
if [ "${1:-}" = --header ]; then HEADER=1; shift; fi
N=${1:-4000}
ROUNDS=${2:-7}
for tool in /usr/sbin/sshd lsof ssh ssh-keygen python3; do
  command -v "$tool" >/dev/null || { echo "inventory-bench: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
done
export DROVER_HOME=$(mktemp -d /tmp/drover-bench.XXXXXX)
SAMPLER=
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  "$ROOT/drover" demo down >/dev/null 2>&1 || true
  rm -rf "$DROVER_HOME"
}
trap cleanup EXIT
log() { echo "$@" >&2; }

"$ROOT/drover" demo up 1 >/dev/null
HOST=demo1
STATE=$DROVER_HOME/demo
inhost() { "$ROOT/scripts/demo-host.sh" exec $HOST "$STATE" -- "$@"; }
PAIRS=$((N / 2))
# N processes: N/2 pipelines 'sleep < /etc/passwd | cat > /dev/null', each holding a file or /dev/null and a pipe.
"$ROOT/drover" demo run $HOST -- bash -c "for i in \$(seq $PAIRS); do sleep 100000 < /etc/passwd | cat > /dev/null & done; wait" >/dev/null
count=0
for _ in $(seq 240); do
  count=$(inhost sh -c 'ls -d /proc/[0-9]* | wc -l')
  [ "$count" -ge "$N" ] && break
  sleep 0.5
done
log "host $HOST: $count processes"

# The baseline's server: Debian's sshd as a service of the same host (as AgentInstallTest runs it), root's key only.
SSHD=$DROVER_HOME/sshd
mkdir -p "$SSHD" /run/sshd
ssh-keygen -q -t ed25519 -N '' -f "$SSHD/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$SSHD/client_key"
cp "$SSHD/client_key.pub" "$SSHD/authorized_keys"
cat > "$SSHD/sshd_config" <<EOF
Port 22
ListenAddress 0.0.0.0
HostKey $SSHD/host_key
AuthorizedKeysFile $SSHD/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PidFile none
EOF
"$ROOT/scripts/demo-host.sh" spawn $HOST "$STATE" --log "$SSHD/sshd.log" -- /usr/sbin/sshd -D -e -f "$SSHD/sshd_config" >/dev/null
ADDRESS=$("$ROOT/scripts/demo-host.sh" addr "$(cat "$STATE/$HOST.index")")
SSH=(ssh -q -i "$SSHD/client_key" -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=accept-new
  -o UserKnownHostsFile="$SSHD/known_hosts" -o ControlMaster=no -o ControlPath=none root@"$ADDRESS")
for _ in $(seq 100); do "${SSH[@]}" true </dev/null 2>/dev/null && break; sleep 0.2; done
"${SSH[@]}" true </dev/null || { log "inventory-bench: the host's sshd does not let us in (see $SSHD/sshd.log)"; exit 1; }

AGENT_PID=$(pgrep -f -- "^[^ ]*/bin/java .*--name $HOST --listen" | head -1)
rss() { awk '/VmRSS/ {print int($2/1024)}' /proc/$AGENT_PID/status; }
# warm-up: the agent's first scans pay for class loading and JIT; the CLI's first run records its AOT cache
for _ in 1 2 3; do "$ROOT/drover" ps $HOST --json >/dev/null; done
sleep 2
IDLE=$(rss)

peak_file=$(mktemp)
echo 0 > "$peak_file"
( peak=0; while kill -0 $AGENT_PID 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r && echo $peak > "$peak_file"; sleep 0.02; done ) &
SAMPLER=$!

OUT=$DROVER_HOME/out
ms() { local s e; s=$(date +%s%N); "$@" >"$OUT" 2>/dev/null </dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
lsof_inside() { inhost sh -c 's=$(date +%s%N); lsof -n -P >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))'; }
drover_times=(); scan_times=(); lsof_times=(); ssh_times=(); jvm_times=(); hand_times=(); fixed_times=()
for r in $(seq "$ROUNDS"); do
  drover_times+=("$(ms "$ROOT/drover" ps $HOST --json)")
  scan_times+=("$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["result"]["scanMillis"])' "$OUT")")
  ssh_times+=("$(ms "${SSH[@]}" lsof -n -P)")
  LINES=$(wc -l < "$OUT")
  lsof_times+=("$(lsof_inside)")
  jvm_times+=("$(ms "$ROOT/drover" --version)")
  hand_times+=("$(ms "${SSH[@]}" true)")
  fixed_times+=("$(ms "$ROOT/drover" images $HOST)")
done
kill $SAMPLER 2>/dev/null || true; wait $SAMPLER 2>/dev/null || true; SAMPLER=
PEAK=$(cat "$peak_file"); rm -f "$peak_file"

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
range() { printf '%s\n' "$@" | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%d-%d", lo, hi}'; }
log "agent's scan       (ms): ${scan_times[*]}"
log "lsof -n -P inside  (ms): ${lsof_times[*]}"
log "drover ps --json   (ms): ${drover_times[*]}"
log "ssh HOST lsof -n -P(ms): ${ssh_times[*]}  ($LINES lines in the last answer)"
log "fixed costs: drover --version (JVM start) $(median "${jvm_times[@]}") ms, drover images HOST (JVM, SSH handshake,"\
  "a small request) $(median "${fixed_times[@]}") ms; ssh HOST true (OpenSSH handshake) $(median "${hand_times[@]}") ms"
log "agent resident memory: idle ${IDLE} MB, peak during inventories ${PEAK} MB"
# What bounds the scan: the same /proc reads in C on one thread (this machine has $(nproc) cores for the scan's workers).
if command -v gcc >/dev/null && gcc -O2 -o "$DROVER_HOME/proc-floor" "$ROOT/releng/bench/proc-floor.c" 2>/dev/null; then
  inhost "$DROVER_HOME/proc-floor" | sed "s/^/floor in C, $(nproc) cores here: /" >&2
fi

# row GOAL DROVER_TIMES BASELINE_NAME BASELINE_TIMES GOAL_RATIO
row() {
  local goal=$1 dm dr bm br; local -n d=$2 b=$4
  dm=$(median "${d[@]}"); dr=$(range "${d[@]}"); bm=$(median "${b[@]}"); br=$(range "${b[@]}")
  awk -v goal="$goal" -v dm="$dm" -v dr="$dr" -v bn="$3" -v bm="$bm" -v br="$br" -v want="$5" 'BEGIN {
    ratio = dm > 0 ? bm / dm : 0
    printf "| %s | %d ms (%s) | %d ms (%s) %s | %.2fx | >= %.1fx | %s |\n", goal, dm, dr, bm, br, bn, ratio, want, (ratio >= want ? "yes" : "no") }'
}
if [ -n "$HEADER" ]; then
  echo "| Goal | Drover | Baseline | Ratio | Goal ratio | Met |"
  echo "|---|---|---|---|---|---|"
fi
row "Inventory: agent's scan of $count processes" scan_times "lsof -n -P in the host" lsof_times 5
row "Inventory: drover ps --json end to end, $count processes" drover_times "ssh HOST lsof -n -P (OpenSSH)" ssh_times 1
