#!/usr/bin/env bash
# Runs Drover's catalog of real programs (tests/drover.agent.tests CatalogTest): each one is started on a demo
# host, migrated citest1 -> citest2 with real agents and real CRIU, and checked in its own terms, or refused
# at pre-flight with the true reason and checked still running. Prints the table (program, outcome, downtime,
# reason), also left in tests/drover.agent.tests/target/catalog.txt. Run as root; takes about a minute.
#
#   releng/catalog.sh                 # the whole catalog
#   releng/catalog.sh nginx,redis     # only the programs whose names start so
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
[ "$(id -u)" -eq 0 ] || { echo "catalog: run as root (demo hosts are namespaces, CRIU needs root): sudo $0" >&2; exit 1; }
scripts/install-catalog-deps.sh
. scripts/java-env.sh
rc=0
# the machine is shared: builds and demo hosts take turns through the same lock as the tests
flock /tmp/drover-heavy.lock ./mvnw -B -ntp -q verify -pl tests/drover.agent.tests -am -Dtest=CatalogTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Ddrover.catalog="${1:-}" >/tmp/drover-catalog.log 2>&1 || rc=$?
if [ -f tests/drover.agent.tests/target/catalog.txt ]; then
  cat tests/drover.agent.tests/target/catalog.txt
else
  tail -40 /tmp/drover-catalog.log
fi
[ $rc -eq 0 ] || echo "catalog: a program did not keep Drover's promise (build log: /tmp/drover-catalog.log)" >&2
exit $rc
