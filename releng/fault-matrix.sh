#!/usr/bin/env bash
# The whole fault matrix of durable migrations (every phase x every fault, real agents, real CRIU, two simulated
# hosts): prints the table at the end and leaves it in tests/drover.agent.tests/target/fault-matrix.txt.
# ./run-tests runs a representative share (one cell per fault); this runs all of them (about 15-25 minutes).
# Needs root and a build (./setup or ./mvnw -B package -DskipTests).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
. scripts/java-env.sh
./mvnw -B -ntp verify -pl tests/drover.agent.tests -am -Dtest=FaultMatrixTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddrover.faultMatrix=all "$@" | sed -n '/Fault matrix/,/^$/p;/Tests run:/p;/BUILD/p'
echo
cat tests/drover.agent.tests/target/fault-matrix.txt
