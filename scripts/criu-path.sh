#!/usr/bin/env bash
# Prints the path of the CRIU binary Drover should use, or fails with a message on stderr.
#
#   scripts/criu-path.sh            -> e.g. /opt/drover/criu/bin/criu   (exit 0)
#   scripts/criu-path.sh --verbose  -> also explains on stderr why a candidate was rejected
#
# Order: a `criu` on PATH (the distribution's) if it is version >= 4.2 and `criu check` passes,
# else the private CRIU installed by scripts/install-deps.sh ($DROVER_CRIU_HOME/bin/criu,
# default /opt/drover/criu/bin/criu) if it passes the same test.
# `criu check` needs root; as a non-root user every candidate is rejected.
#
# When sourced, it only defines the functions drover_criu_usable and drover_criu_path.

DROVER_CRIU_HOME=${DROVER_CRIU_HOME:-/opt/drover/criu}
DROVER_CRIU_MIN_VERSION=${DROVER_CRIU_MIN_VERSION:-4.2}

# drover_criu_version BIN -> prints e.g. 4.2.1 (empty when the binary does not run)
drover_criu_version() {
  "$1" --version 2>/dev/null | sed -n 's/^Version: *\([0-9][0-9.]*\).*/\1/p' | head -1
}

# drover_criu_usable BIN [verbose] -> exit 0 when BIN runs, is >= the minimum version and `check` passes
drover_criu_usable() {
  local bin=$1 verbose=${2:-} v out
  if [ ! -x "$bin" ]; then
    [ -n "$verbose" ] && echo "criu-path: $bin: not present" >&2
    return 1
  fi
  v=$(drover_criu_version "$bin")
  if [ -z "$v" ]; then
    [ -n "$verbose" ] && echo "criu-path: $bin: does not run (--version failed)" >&2
    return 1
  fi
  if [ "$(printf '%s\n%s\n' "$DROVER_CRIU_MIN_VERSION" "$v" | sort -V | head -1)" != "$DROVER_CRIU_MIN_VERSION" ]; then
    [ -n "$verbose" ] && echo "criu-path: $bin: version $v is older than $DROVER_CRIU_MIN_VERSION" >&2
    return 1
  fi
  if ! out=$("$bin" check 2>&1); then
    if [ -n "$verbose" ]; then
      echo "criu-path: $bin: version $v, but 'criu check' failed:" >&2
      printf '%s\n' "$out" | grep -v 'RLIMIT_NOFILE' | tail -5 | sed 's/^/  /' >&2
      [ "$(id -u)" -ne 0 ] && echo "  ('criu check' needs root)" >&2
    fi
    return 1
  fi
  return 0
}

# drover_criu_path [verbose] -> prints the CRIU to use; exit 1 (message on stderr) if none is usable
drover_criu_path() {
  local verbose=${1:-} sys
  sys=$(command -v criu 2>/dev/null || true)
  if [ -n "$sys" ] && [ "$sys" != "$DROVER_CRIU_HOME/bin/criu" ] && drover_criu_usable "$sys" "$verbose"; then
    echo "$sys"; return 0
  fi
  if drover_criu_usable "$DROVER_CRIU_HOME/bin/criu" "$verbose"; then
    echo "$DROVER_CRIU_HOME/bin/criu"; return 0
  fi
  echo "criu-path: no usable CRIU >= $DROVER_CRIU_MIN_VERSION found; run scripts/install-deps.sh as root" >&2
  return 1
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -u
  case "${1:-}" in
    -v|--verbose) drover_criu_path verbose ;;
    "") drover_criu_path ;;
    *) echo "usage: $0 [--verbose]" >&2; exit 2 ;;
  esac
fi
