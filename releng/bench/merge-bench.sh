#!/usr/bin/env bash
# What a refresh of a host with N processes costs the console's UI thread: the in-place EMF merge
# (drover.core.model.InventoryMerger), first and steady state. A command, not a test.
#   releng/bench/merge-bench.sh [N=2000] [ROUNDS=20]   (after a build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. scripts/java-env.sh
./mvnw -B -q -f tests/drover.agent.tests/pom.xml test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=drover.agent.tests.bench.MergeBench -Dexec.args="${1:-2000} ${2:-20}" -Dexec.cleanupDaemonThreads=false
