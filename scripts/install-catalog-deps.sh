#!/usr/bin/env bash
# Installs the real programs of Drover's catalog of migrations (releng/catalog.sh, CatalogTest): Debian
# packages of servers, a terminal multiplexer and runtimes that people move. Idempotent: skips what is
# there. Run as root. Their services are not started (policy-rc.d): the catalog starts each program
# itself, inside a demo host.
#
#   nginx-light     multi-process web server (master and workers)
#   memcached       threaded cache server
#   redis-server    database writing its append-only file
#   lighttpd        single-process event-loop web server
#   tmux            a terminal session with a shell inside
#   sqlite3         database file written by a loop
#   python3, default-jdk-headless (java, a JIT; its source launcher needs the compiler), coreutils (tail -f)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
log() { echo "[install-catalog-deps] $*"; }
[ "$(id -u)" -eq 0 ] || { echo "[install-catalog-deps] ERROR: must run as root: sudo $0" >&2; exit 1; }

PKGS=(nginx-light memcached redis-server lighttpd tmux sqlite3 python3 default-jdk-headless)
missing=()
for p in "${PKGS[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ]; then
    log "package $p: already installed, skipping"
  else
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

# Keep the packages' services from starting on the machine itself (a redis on 0.0.0.0 of the machine is
# nobody's wish); a policy-rc.d that is already there (containers have one) is left alone.
made_policy=
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; made_policy=1
fi
trap '[ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d' EXIT
log "apt-get update"
apt-get update -q >/dev/null
log "apt-get install ${missing[*]}"
apt-get install -y -q --no-install-recommends "${missing[@]}"
