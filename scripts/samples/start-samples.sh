#!/usr/bin/env bash
# Starts Drover's sample workloads on a demo host (./setup runs it for the first one), unless they run there:
#   sample-counter.sh   counts once a second, each count to $DROVER_HOME/demo/samples/counter.txt
#   sample-kv-store.py  an in-memory key-value store on port 7070 (1000 keys city:1..city:1000)
#
#   scripts/samples/start-samples.sh [HOST]      (default demo1)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/scripts/samples
HOST=${1:-demo1}
HOME_DIR=${DROVER_HOME:-$HOME/.drover}
OUT=$HOME_DIR/demo/samples
mkdir -p "$OUT"
running=$("$ROOT/drover" ps "$HOST" --json)
start() {  # NAME COMMAND...
	local name=$1; shift
	if grep -q "$name" <<<"$running"; then
		echo "  $name already runs on $HOST"
		return
	fi
	local pid; pid=$("$ROOT/drover" demo run "$HOST" -- "$@")
	echo "  $name started on $HOST (PID $pid there)"
}
start sample-counter.sh bash "$HERE/sample-counter.sh" "$OUT/counter.txt"
if [ -x /usr/bin/python3 ]; then
	start sample-kv-store.py /usr/bin/python3 "$HERE/sample-kv-store.py" --port 7070
else
	echo "  sample-kv-store.py not started: no /usr/bin/python3 (scripts/install-deps.sh installs it)"
fi
echo "Drag them onto another host in the console. The counter goes on counting: tail -f $OUT/counter.txt"
