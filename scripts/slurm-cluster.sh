#!/usr/bin/env bash
# A real Slurm cluster over the simulated demo hosts, for tests and demos. Run as root.
#
# One munged (own key and socket) and one slurmctld run in the machine's root namespaces; the controller
# listens on the demo bridge's address. Each named demo host gets its own slurmd, started inside that
# host's network, PID and mount namespaces (scripts/demo-host.sh spawn), as the node daemon of a real
# machine is: `slurmd -N NODE` with its own spool directory, pid and log file (%n in slurm.conf), its
# NodeAddr being the host's address. The hosts share one UTS namespace (one hostname), so -N is what tells
# each slurmd which node it is; they do not share a network namespace, so every slurmd has the same port.
# Process tracking is proctrack/linuxproc with task/none (no cgroups: the demo hosts have no cgroup of
# their own). Jobs run as root.
#
#   slurm-cluster.sh start DIR CTLD_ADDR DEMO_STATE_DIR NODE=HOST:ADDR...
#       writes DIR/slurm.conf, starts munged, slurmctld and one slurmd per NODE inside demo host HOST,
#       waits until every node answers (sinfo), prints the path of slurm.conf (use it as SLURM_CONF).
#   slurm-cluster.sh stop DIR
#       stops the slurmds (inside their hosts), slurmctld and munged; leaves DIR's logs.
#
# Ports: DROVER_SLURMCTLD_PORT (default 16817), DROVER_SLURMD_PORT (default 16818), away from a real
# Slurm's 6817/6818. Needs slurm-wlm and munge (scripts/install-deps.sh).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CTLD_PORT=${DROVER_SLURMCTLD_PORT:-16817}
SLURMD_PORT=${DROVER_SLURMD_PORT:-16818}

die() { echo "slurm-cluster: $*" >&2; exit 1; }
usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[ "$(id -u)" -eq 0 ] || die "must run as root (munged, slurmctld and slurmd run as root here)"
for tool in munged slurmctld slurmd scontrol sinfo; do
  command -v "$tool" >/dev/null || die "$tool not found: install slurm-wlm and munge (scripts/install-deps.sh)"
done

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# Waits until FILE holds the PID of a live process (the daemons write their pid files once they serve).
await_pidfile() {
  local file=$1 what=$2 log=$3 i
  for i in $(seq 1 100); do
    [ -s "$file" ] && alive "$(cat "$file")" && return 0
    sleep 0.1
  done
  tail -20 "$log" >&2 2>/dev/null || true
  die "$what did not start (see $log)"
}

cmd_start() {
  [ $# -ge 4 ] || usage
  local dir=$1 addr=$2 demo=$3; shift 3
  mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
  chmod 0700 "$dir"
  mkdir -p "$dir/munge" "$dir/ctld" "$dir/spool" "$dir/run" "$dir/log" "$dir/jobs"
  chmod 0700 "$dir/munge"

  # ------------------------------------------------------------- munged: own key, own socket
  local sock=$dir/munge/munge.socket.2
  if [ -s "$dir/munge/munged.pid" ] && alive "$(cat "$dir/munge/munged.pid")"; then
    echo "slurm-cluster: munged already running" >&2
  else
    [ -s "$dir/munge/munge.key" ] || { dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none; }
    chmod 0400 "$dir/munge/munge.key"
    munged --force --socket="$sock" --key-file="$dir/munge/munge.key" --pid-file="$dir/munge/munged.pid" \
      --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munged.seed" </dev/null \
      || { tail -5 "$dir/log/munged.log" >&2 2>/dev/null; die "munged did not start (see $dir/log/munged.log)"; }
    await_pidfile "$dir/munge/munged.pid" munged "$dir/log/munged.log"
  fi

  # ------------------------------------------------------------- slurm.conf
  local nodes=() hosts=() addrs=() spec
  for spec in "$@"; do
    [[ "$spec" =~ ^([A-Za-z0-9_.-]+)=([A-Za-z0-9_.-]+):([0-9.]+)$ ]] || die "bad node '$spec' (NODE=HOST:ADDR)"
    nodes+=("${BASH_REMATCH[1]}"); hosts+=("${BASH_REMATCH[2]}"); addrs+=("${BASH_REMATCH[3]}")
  done
  local conf=$dir/slurm.conf short; short=$(hostname -s)
  {
    echo "# Written by scripts/slurm-cluster.sh: a test cluster over the Drover demo hosts."
    echo "ClusterName=drover"
    # slurmctld recognizes itself by the machine's host name; clients connect to the address in parentheses.
    echo "SlurmctldHost=$short($addr)"
    echo "SlurmctldPort=$CTLD_PORT"
    echo "SlurmdPort=$SLURMD_PORT"
    echo "AuthType=auth/munge"
    echo "CredType=cred/munge"
    echo "AuthInfo=socket=$sock"
    echo "SlurmUser=root"
    echo "SlurmdUser=root"
    echo "StateSaveLocation=$dir/ctld"
    echo "SlurmdSpoolDir=$dir/spool/%n"
    echo "SlurmctldPidFile=$dir/run/slurmctld.pid"
    echo "SlurmdPidFile=$dir/run/slurmd-%n.pid"
    echo "SlurmctldLogFile=$dir/log/slurmctld.log"
    echo "SlurmdLogFile=$dir/log/slurmd-%n.log"
    echo "PlugStackConfig=$dir/plugstack.conf"
    echo "ProctrackType=proctrack/linuxproc"
    echo "TaskPlugin=task/none"
    echo "JobAcctGatherType=jobacct_gather/none"
    echo "AccountingStorageType=accounting_storage/none"
    echo "SwitchType=switch/none"
    echo "MpiDefault=none"
    echo "SchedulerType=sched/backfill"
    echo "SelectType=select/cons_tres"
    echo "SelectTypeParameters=CR_Core"
    echo "ReturnToService=2"
    echo "SlurmdParameters=config_overrides"
    echo "SlurmctldTimeout=30"
    echo "SlurmdTimeout=30"
    echo "MessageTimeout=5"
    echo "InactiveLimit=0"
    echo "KillWait=5"
    echo "MinJobAge=60"
    local i
    for i in "${!nodes[@]}"; do
      echo "NodeName=${nodes[$i]} NodeAddr=${addrs[$i]} CPUs=1 RealMemory=64 State=UNKNOWN"
    done
    echo "PartitionName=drover Nodes=ALL Default=YES MaxTime=INFINITE State=UP"
  } > "$conf.tmp"
  mv "$conf.tmp" "$conf"
  : > "$dir/plugstack.conf"
  # The cgroup/v1 plugin by name: its autodetection wants a systemd hierarchy the demo hosts do not have.
  printf 'CgroupPlugin=cgroup/v1\nCgroupAutomount=no\n' > "$dir/cgroup.conf"

  # ------------------------------------------------------------- slurmctld
  if [ -s "$dir/run/slurmctld.pid" ] && alive "$(cat "$dir/run/slurmctld.pid")"; then
    echo "slurm-cluster: slurmctld already running" >&2
  else
    rm -f "$dir/run/slurmctld.pid"
    # -c: a clean start (no state of an earlier run: jobs, drained nodes). -i: ignore state that cannot be read.
    slurmctld -c -i -f "$conf" </dev/null >>"$dir/log/slurmctld.out" 2>&1 \
      || { tail -20 "$dir/log/slurmctld.log" >&2 2>/dev/null; die "slurmctld did not start (see $dir/log/slurmctld.log)"; }
    await_pidfile "$dir/run/slurmctld.pid" slurmctld "$dir/log/slurmctld.log"
  fi

  # ------------------------------------------------------------- one slurmd per demo host, inside it
  for i in "${!nodes[@]}"; do
    local node=${nodes[$i]} host=${hosts[$i]}
    mkdir -p "$dir/spool/$node"
    rm -f "$dir/run/slurmd-$node.pid"
    # slurmd 22.05 loads its cgroup plugin even with proctrack/linuxproc and task/none, and fails where
    # /sys/fs/cgroup is not mounted (a demo host's /sys is its network namespace's own sysfs). It gets a
    # mount namespace of its own with an empty tmpfs there: nothing of the host's own mounts changes.
    "$HERE/demo-host.sh" spawn "$host" "$demo" --log "$dir/log/slurmd-$node.out" -- \
      unshare --mount --propagation private /bin/sh -c \
      'mount -t tmpfs -o mode=0755 cgroup /sys/fs/cgroup && exec "$@"' slurmd-ns \
      slurmd -D -N "$node" -f "$conf" >/dev/null \
      || die "could not start slurmd for $node in demo host $host"
  done
  for i in "${!nodes[@]}"; do
    # the pid file holds the PID inside the host's PID namespace: only its presence says slurmd serves
    local n
    for n in $(seq 1 100); do [ -s "$dir/run/slurmd-${nodes[$i]}.pid" ] && break; sleep 0.1; done
    [ -s "$dir/run/slurmd-${nodes[$i]}.pid" ] || { tail -20 "$dir/log/slurmd-${nodes[$i]}.log" >&2 2>/dev/null || true
      tail -5 "$dir/log/slurmd-${nodes[$i]}.out" >&2 2>/dev/null || true
      die "slurmd ${nodes[$i]} did not start (see $dir/log/slurmd-${nodes[$i]}.log)"; }
  done

  # ------------------------------------------------------------- every node registered and idle
  local want=${#nodes[@]} idle=0
  for i in $(seq 1 150); do
    idle=$(SLURM_CONF=$conf sinfo -h -N -o '%N %t' 2>/dev/null | awk '$2 == "idle" {n++} END {print n + 0}')
    [ "$idle" -ge "$want" ] && break
    sleep 0.2
  done
  if [ "$idle" -lt "$want" ]; then
    SLURM_CONF=$conf sinfo -N -l >&2 || true
    tail -10 "$dir/log/slurmctld.log" >&2 || true
    die "only $idle of $want nodes became idle (see $dir/log)"
  fi
  echo "$conf"
}

cmd_stop() {
  [ $# -eq 1 ] || usage
  local dir=$1 f node p i
  [ -d "$dir" ] || return 0
  for f in "$dir"/run/slurmd-*.pid; do
    [ -e "$f" ] || continue
    node=${f##*/slurmd-}; node=${node%.pid}
    # slurmd's pid file has its PID inside the demo host; find it from here by its command line
    for p in $(pgrep -f -x "slurmd -D -N $node -f $dir/slurm.conf" || true); do kill -TERM "$p" 2>/dev/null || true; done
    rm -f "$f"
  done
  # A job step still running (slurmstepd) lives in its demo host's PID namespace and ends with the host.
  if [ -s "$dir/run/slurmctld.pid" ]; then
    p=$(cat "$dir/run/slurmctld.pid")
    if alive "$p"; then
      kill -TERM "$p"
      for i in $(seq 1 100); do alive "$p" || break; sleep 0.1; done
      alive "$p" && kill -KILL "$p" 2>/dev/null || true
    fi
    rm -f "$dir/run/slurmctld.pid"
  fi
  if [ -s "$dir/munge/munged.pid" ]; then
    p=$(cat "$dir/munge/munged.pid")
    if alive "$p"; then
      kill -TERM "$p"
      for i in $(seq 1 50); do alive "$p" || break; sleep 0.1; done
      alive "$p" && kill -KILL "$p" 2>/dev/null || true
    fi
    rm -f "$dir/munge/munged.pid"
  fi
  echo "slurm-cluster: stopped (logs in $dir/log)" >&2
}

sub=${1:-}; shift || true
case "$sub" in
  start) cmd_start "$@" ;;
  stop) cmd_stop "$@" ;;
  *) usage ;;
esac
