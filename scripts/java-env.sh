# Sourced by Drover's scripts: makes sure JAVA_HOME points at a JDK 21 or newer.
# Picks the current JAVA_HOME or `java` on PATH when new enough, else the newest JDK under /usr/lib/jvm.
# The major version from the JDK's release file (JAVA_VERSION="25.0.1"; "1.8.0_x" reads as 1): starting a JVM
# only to ask it cost every ./drover command two JVM starts before its own. A JDK without that file is asked.
drover_java_major() {
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -1)
  if [ -n "$v" ]; then echo "$v"; return; fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}
drover_find_java() {
  local cand major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(drover_java_major "$JAVA_HOME"); [ "${major:-0}" -ge 21 ] 2>/dev/null && return 0
  fi
  if command -v java >/dev/null 2>&1; then
    cand=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(drover_java_major "$cand"); if [ "${major:-0}" -ge 21 ] 2>/dev/null; then export JAVA_HOME=$cand; return 0; fi
  fi
  for cand in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    cand=${cand%/}
    [ -x "$cand/bin/javac" ] || continue
    major=$(drover_java_major "$cand"); if [ "${major:-0}" -ge 21 ] 2>/dev/null; then export JAVA_HOME=$cand; return 0; fi
  done
  echo "drover: no JDK 21+ found. Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 25) or set JAVA_HOME to it." >&2
  return 1
}
drover_find_java || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
