#!/usr/bin/env bash
# Every performance goal of issue #14 in one run, as one markdown table with the date and the machine.
# Runs releng/bench/migration-bench.sh and, where they exist, inventory-bench.sh and console-bench.sh; each prints
# its detail lines and then its goals as rows '| Goal | Drover | Baseline | Ratio | Goal ratio | Met |'. The details
# go to LOG (default /tmp/drover-bench-all.log), the table to stdout.
# Root, after a build. On a machine shared with others, run it under the global lock:
#   flock /tmp/drover-heavy.lock releng/bench/bench-all.sh
# A benchmark that fails leaves a row that says so (and where its log is); the others still run.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LOG=${LOG:-/tmp/drover-bench-all.log}
: > "$LOG"
ROWS=()
for bench in migration-bench.sh inventory-bench.sh console-bench.sh; do
  script="$ROOT/releng/bench/$bench"
  [ -x "$script" ] || continue
  echo "== $bench" >> "$LOG"
  out=$("$script" 2>&1); status=$?
  printf '%s\n' "$out" >> "$LOG"
  found=0
  while IFS= read -r line; do
    case "$line" in
      "| Goal |"*|"|---"*) ;;
      "| "*) ROWS+=("$line"); found=1 ;;
    esac
  done <<< "$out"
  if [ "$status" -ne 0 ] || [ "$found" -eq 0 ]; then
    ROWS+=("| $bench | failed (exit $status, no goal rows) | see $LOG | | | no |")
  fi
done

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(hostname): $(nproc) cores ($cpu), $mem, Linux $(uname -r)"
echo
echo "| Goal | Drover | Baseline | Ratio | Goal ratio | Met |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
