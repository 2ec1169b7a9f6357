#!/usr/bin/env bash
# JMH micro-benchmarks of the inventory's hot paths (a command, never part of CI or ./run-tests):
#   ScanBench  the agent's /proc scan, steady and cold, and its parts (stat, schedstat, cmdline+cgroup,
#              exe+netns+owner, maps read and summarized, descriptor links, descriptors described, fdinfo of
#              every descriptor, socket tables)
#   MergeBench the merge of an inventory into the EMF model (drover.core's InventoryMerger), first and steady
#   JsonBench  an inventory's JSON envelope encoded as the agent writes it and decoded as the client reads it
#
#   releng/bench/jmh.sh [JMH OPTIONS...]                  e.g. releng/bench/jmh.sh JsonBench -f 1 -wi 2 -i 3
#   releng/bench/jmh.sh --in-demo-host N [JMH OPTIONS...] ScanBench inside a demo host running N extra processes
#                                                         (root; as inventory-bench.sh makes them)
# Builds releng/bench/jmh (Maven profile 'bench', which also builds what it needs; the first build downloads JMH
# from Maven Central) into releng/bench/jmh/target/benchmarks.jar. 'java -jar .../benchmarks.jar -h' lists JMH's
# options. Run it under the machine's heavy-work lock where one is shared.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. scripts/java-env.sh
HOSTED=
if [ "${1:-}" = --in-demo-host ]; then HOSTED=${2:?--in-demo-host takes the number of processes}; shift 2; fi
./mvnw -B -ntp -q -Pbench -pl releng/bench/jmh -am package -DskipTests
JAR=$ROOT/releng/bench/jmh/target/benchmarks.jar
if [ -z "$HOSTED" ]; then
  exec java -jar "$JAR" "$@"
fi
export DROVER_HOME=$(mktemp -d /tmp/drover-jmh.XXXXXX)
cleanup() { "$ROOT/drover" demo down >/dev/null 2>&1 || true; rm -rf "$DROVER_HOME"; }
trap cleanup EXIT
"$ROOT/drover" demo up 1 >/dev/null
STATE=$DROVER_HOME/demo
"$ROOT/drover" demo run demo1 -- bash -c "for i in \$(seq $((HOSTED / 2))); do sleep 100000 < /etc/passwd | cat > /dev/null & done; wait" >/dev/null
for _ in $(seq 240); do
  count=$("$ROOT/scripts/demo-host.sh" exec demo1 "$STATE" -- sh -c 'ls -d /proc/[0-9]* | wc -l')
  [ "$count" -ge "$HOSTED" ] && break
  sleep 0.5
done
echo "demo1: $count processes" >&2
[ $# -gt 0 ] || set -- ScanBench
"$ROOT/scripts/demo-host.sh" exec demo1 "$STATE" -- "$JAVA_HOME/bin/java" -jar "$JAR" "$@" </dev/null
