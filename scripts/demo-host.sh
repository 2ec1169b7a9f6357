#!/usr/bin/env bash
# Simulated hosts on one machine, for Drover demos and tests. Run as root.
#
# A simulated host NAME = network namespace drover-NAME (lo up, eth0 on bridge drover0 with
# address $DROVER_NET.(10+INDEX)/24, default route via $DROVER_NET.1) + its own PID namespace and
# mount namespace with its own /proc and its own /dev/pts (a private devpts instance: pty indexes
# are per host, as on separate machines), where PID 1 is tini (reaps orphans, spawns nothing) and
# COMMAND is its child (PID 2). The file system is shared with the machine (like shared storage).
#
#   demo-host.sh start NAME INDEX STATE_DIR -- COMMAND [ARGS...]
#       prints the host's address; STATE_DIR/NAME.pid = root-namespace PID of the host's PID 1,
#       STATE_DIR/NAME.log = stdout+stderr of COMMAND (stdin is /dev/null).
#   demo-host.sh stop NAME STATE_DIR      kill the host's PID 1 (and so everything in it), remove netns
#   demo-host.sh exec NAME [STATE_DIR] -- COMMAND [ARGS...]
#       run COMMAND inside the host's net+pid+mount namespaces (fds above 2 are closed first)
#   demo-host.sh spawn NAME [STATE_DIR] [--log FILE] -- COMMAND [ARGS...]
#       start COMMAND detached in the host (setsid, child of its PID 1, stdio opened inside the
#       host: stdin /dev/null, output to FILE or /dev/null) and print its PID inside the host.
#       Use this for anything CRIU must dump: stdio inherited from outside the host's mount
#       namespace makes the dump fail ("Can't lookup mount=N for fd=0 path=/dev/null").
#   demo-host.sh addr INDEX               print the address of host INDEX
#   demo-host.sh list                     list the running simulated hosts
#   demo-host.sh down-bridge              remove bridge drover0 if no simulated host remains
#
# Environment: DROVER_NET (default 10.213.7, a /24 prefix), DROVER_BRIDGE (default drover0),
# DROVER_REAPER (default: tini on PATH), DROVER_STATE_DIR (default STATE_DIR for exec: /tmp/drover-hosts).
set -euo pipefail

NET=${DROVER_NET:-10.213.7}
BR=${DROVER_BRIDGE:-drover0}
NS_PREFIX=drover-

die() { echo "demo-host: $*" >&2; exit 1; }

# Each host gets its own devpts instance, as separate machines have: CRIU restores a pty at its index, and
# hosts sharing the machine's /dev/pts would collide with each other (index 0 taken by the source itself).
# Runs inside the host's new mount namespace, before its PID 1 starts; /dev/ptmx then opens this instance.
# The two mounts take PIDs 2 and 3 of the new PID namespace: ns_last_pid goes back to 1 so that COMMAND is
# still PID 2.
PRIVATE_DEVPTS='mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts /dev/pts && mount --bind /dev/pts/ptmx /dev/ptmx && echo 1 > /proc/sys/kernel/ns_last_pid'

usage() { sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[ "$(id -u)" -eq 0 ] || die "must run as root (ip netns, unshare, nsenter)"

valid_name() { [[ "$1" =~ ^[A-Za-z0-9][A-Za-z0-9_.-]{0,30}$ ]] || die "bad host name '$1' (letters, digits, _ . -)"; }
# alive PID: the process exists and is not a zombie (an exited host may wait to be reaped)
alive() {
  [ -n "${1:-}" ] && [ -r "/proc/$1/stat" ] || return 1
  local st; st=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)
  [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

# Closes every file descriptor above 2 of the current shell (so nothing leaks into a host:
# CRIU cannot dump a task holding an fd from another mount namespace: "Can't lookup mount=N for fd").
close_fds() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}
    [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-" 2>/dev/null || true
  done
}

ensure_bridge() {
  if ! ip link show "$BR" >/dev/null 2>&1; then
    ip link add "$BR" type bridge
    echo "demo-host: created bridge $BR ($NET.1/24)" >&2
  fi
  ip -4 addr show dev "$BR" | grep -q "inet $NET.1/" || ip addr add "$NET.1/24" dev "$BR"
  ip link set "$BR" up
  # Bridged traffic must not be filtered by the root namespace's iptables FORWARD rules.
  if [ -e /proc/sys/net/bridge/bridge-nf-call-iptables ] && command -v iptables >/dev/null 2>&1; then
    iptables -C FORWARD -i "$BR" -o "$BR" -j ACCEPT 2>/dev/null \
      || iptables -I FORWARD -i "$BR" -o "$BR" -j ACCEPT 2>/dev/null || true
  fi
}

pid1_of() {  # NAME STATE_DIR -> root-namespace PID of the host's PID 1
  local f=$2/$1.pid p
  [ -f "$f" ] || return 1
  p=$(cat "$f"); alive "$p" || return 1
  echo "$p"
}

cmd_start() {
  [ $# -ge 5 ] && [ "$4" = "--" ] || usage
  local name=$1 index=$2 state=$3; shift 4
  valid_name "$name"
  [[ "$index" =~ ^[0-9]+$ ]] && [ "$index" -ge 1 ] && [ "$index" -le 200 ] || die "INDEX must be 1..200"
  local reaper=${DROVER_REAPER:-$(command -v tini || true)}
  [ -n "$reaper" ] || die "tini not found (run scripts/install-deps.sh) or set DROVER_REAPER"
  mkdir -p "$state"; state=$(cd "$state" && pwd)
  local ns=$NS_PREFIX$name addr=$NET.$((10 + index)) hveth=dv$index-h
  if pid1_of "$name" "$state" >/dev/null; then die "host $name is already running (pid $(cat "$state/$name.pid"))"; fi
  if ip netns list | awk '{print $1}' | grep -qx "$ns"; then
    echo "demo-host: removing stale netns $ns" >&2; ip netns delete "$ns"
  fi
  ip link show "$hveth" >/dev/null 2>&1 && ip link delete "$hveth"
  ensure_bridge
  ip netns add "$ns"
  ip link add "$hveth" type veth peer name eth0 netns "$ns"
  ip link set "$hveth" master "$BR" up
  ip -n "$ns" link set lo up
  ip -n "$ns" addr add "$addr/24" dev eth0
  ip -n "$ns" link set eth0 up
  ip -n "$ns" route add default via "$NET.1"
  echo "$index" > "$state/$name.index"

  # setsid: own session, no controlling terminal. ip netns exec: net ns (+ a mount ns with the
  # netns's /sys). unshare: new PID + mount ns, /proc remounted; its child is the reaper = PID 1.
  # --kill-child: if unshare dies, PID 1 (and so the whole host) is killed too.
  (
    close_fds
    exec setsid ip netns exec "$ns" \
      unshare --pid --fork --kill-child --mount --mount-proc --propagation private \
      /bin/sh -c "$PRIVATE_DEVPTS"' && exec "$@"' demo-host "$reaper" -- "$@" </dev/null >>"$state/$name.log" 2>&1
  ) &
  local outer=$! pid1= i
  for i in $(seq 1 100); do
    pid1=$(cat "/proc/$outer/task/$outer/children" 2>/dev/null | awk '{print $1}') || true
    # the child of unshare is PID 1 of the new PID namespace once it has exec'd the reaper
    if [ -n "$pid1" ] && [ "$(awk '/^NSpid:/ {print $NF}' "/proc/$pid1/status" 2>/dev/null)" = 1 ] \
       && [ "$(readlink "/proc/$pid1/exe" 2>/dev/null)" = "$(readlink -f "$reaper")" ]; then break; fi
    alive "$outer" || break
    pid1=; sleep 0.05
  done
  if [ -z "$pid1" ]; then
    tail -5 "$state/$name.log" >&2 || true
    kill "$outer" 2>/dev/null || true; ip netns delete "$ns" 2>/dev/null || true
    die "host $name did not start (see $state/$name.log)"
  fi
  echo "$pid1" > "$state/$name.pid"
  echo "$outer" > "$state/$name.outer-pid"
  echo "$addr"
}

cmd_stop() {
  [ $# -eq 2 ] || usage
  local name=$1 state=$2 ns=$NS_PREFIX$1 p outer i
  valid_name "$name"
  p=$(cat "$state/$name.pid" 2>/dev/null || true)
  outer=$(cat "$state/$name.outer-pid" 2>/dev/null || true)
  if alive "$p"; then
    kill -KILL "$p" 2>/dev/null || true   # PID 1 dies -> kernel kills the whole PID namespace
  fi
  for i in $(seq 1 200); do
    alive "$p" || alive "$outer" || break
    sleep 0.05
  done
  alive "$p" && die "PID 1 of $name ($p) did not exit"
  alive "$outer" && { kill -KILL "$outer" 2>/dev/null || true; }
  # a process still in the netns (e.g. started with plain 'ip netns exec') would keep it busy
  if ip netns list | awk '{print $1}' | grep -qx "$ns"; then
    local left; left=$(ip netns pids "$ns" 2>/dev/null || true)
    [ -n "$left" ] && { echo "demo-host: killing leftover processes in $ns: $left" >&2; kill -KILL $left 2>/dev/null || true; }
    ip netns delete "$ns"
  fi
  local index; index=$(cat "$state/$name.index" 2>/dev/null || true)
  [ -n "$index" ] && ip link show "dv$index-h" >/dev/null 2>&1 && ip link delete "dv$index-h" || true
  rm -f "$state/$name.pid" "$state/$name.outer-pid" "$state/$name.index"
  echo "demo-host: stopped $name" >&2
}

cmd_exec() {
  local name=${1:-} state=${DROVER_STATE_DIR:-/tmp/drover-hosts}
  [ -n "$name" ] || usage; shift
  if [ "${1:-}" != "--" ]; then state=${1:-}; shift || true; fi
  [ "${1:-}" = "--" ] && [ $# -ge 2 ] || usage
  shift
  local p; p=$(pid1_of "$name" "$state") || die "host $name is not running (no live pid in $state/$name.pid)"
  close_fds
  exec nsenter --target "$p" --net --pid --mount -- "$@"
}

# spawn NAME [STATE_DIR] [--log FILE] -- COMMAND...: start COMMAND detached inside the host (own
# session, child of the host's PID 1, stdin /dev/null, stdout+stderr to FILE or /dev/null, all
# opened INSIDE the host's mount namespace so CRIU can dump it) and print its PID inside the host.
cmd_spawn() {
  local name=${1:-} state=${DROVER_STATE_DIR:-/tmp/drover-hosts} logf=/dev/null
  [ -n "$name" ] || usage; shift
  if [ "${1:-}" != "--" ] && [ "${1:-}" != "--log" ]; then state=${1:-}; shift || true; fi
  if [ "${1:-}" = "--log" ]; then logf=${2:-}; shift 2 || usage; fi
  [ "${1:-}" = "--" ] && [ $# -ge 2 ] || usage
  shift
  local p; p=$(pid1_of "$name" "$state") || die "host $name is not running (no live pid in $state/$name.pid)"
  close_fds
  # setsid does not fork here (a background job is not a group leader), so $! is COMMAND's PID.
  nsenter --target "$p" --net --pid --mount -- /bin/sh -c \
    'l=$1; shift; setsid "$@" </dev/null >>"$l" 2>&1 & echo $!' sh "$logf" "$@" </dev/null
}

cmd_list() {
  ip netns list | awk '{print $1}' | grep "^$NS_PREFIX" | sed "s/^$NS_PREFIX//" || true
}

cmd_down_bridge() {
  if [ -n "$(cmd_list)" ]; then die "simulated hosts remain: $(cmd_list | tr '\n' ' ')"; fi
  if ip link show "$BR" >/dev/null 2>&1; then
    ip link delete "$BR"
    command -v iptables >/dev/null 2>&1 && iptables -D FORWARD -i "$BR" -o "$BR" -j ACCEPT 2>/dev/null || true
    echo "demo-host: removed bridge $BR" >&2
  fi
}

sub=${1:-}; shift || true
case "$sub" in
  start) cmd_start "$@" ;;
  stop) cmd_stop "$@" ;;
  exec) cmd_exec "$@" ;;
  spawn) cmd_spawn "$@" ;;
  addr) [ $# -eq 1 ] || usage; echo "$NET.$((10 + $1))" ;;
  list) cmd_list ;;
  down-bridge) cmd_down_bridge ;;
  *) usage ;;
esac
