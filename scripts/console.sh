#!/usr/bin/env bash
# Starts the Drover console from the product the build materialized
# (product/target/products/drover/linux/gtk/x86_64). The product has no native launcher (not on
# Maven Central), so it is started through the Equinox launcher jar on a JDK 21+.
#   DROVER_HOME       state directory (default ~/.drover); the workbench workspace lives in it
#   DROVER_JAVA_OPTS  extra JVM options, e.g. -Xmx1g
# Other arguments go to Eclipse, e.g. -consoleLog or -clearPersistedState.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/scripts/java-env.sh"

product="$root/product/target/products/drover/linux/gtk/x86_64"
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1 || true)
if [ -z "$launcher" ]; then
  echo "drover: the console product has not been built (no $product/plugins/org.eclipse.equinox.launcher_*.jar)." >&2
  echo "drover: build it first, e.g.: ./mvnw -B verify (or -pl target-platform,bundles/drover.ui,features/drover.runtime.feature,features/drover.ui.feature,product)" >&2
  exit 1
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "drover: no DISPLAY: the console needs a graphical session (or Xvfb: 'Xvfb :99 &' and DISPLAY=:99)." >&2
  exit 1
fi

home=${DROVER_HOME:-$HOME/.drover}
mkdir -p "$home"
# shellcheck disable=SC2086 # DROVER_JAVA_OPTS is a list of options
exec "$JAVA_HOME/bin/java" ${DROVER_JAVA_OPTS:-} -jar "$launcher" \
  -application drover.ui.application -data "$home/workspace" "$@"
