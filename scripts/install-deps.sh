#!/usr/bin/env bash
# Installs what Drover needs on a Debian node (console build/test machine or agent node).
# Idempotent: prints each step, skips what is already there. Run as root.
#
#   scripts/install-deps.sh            # everything
#   scripts/install-deps.sh --criu-only
#
# Ensures:
#  - Debian packages: Xvfb + xauth, the GTK 3 libraries SWT 3.135 (GTK) loads, xdotool, imagemagick
#    (`import` screenshots), iproute2, procps, lsof, openssh-client, tini (PID 1 for simulated hosts),
#    iputils-ping and netcat-openbsd (connectivity checks in tests), slurm-wlm (slurmctld, slurmd, scontrol)
#    and munge (the Slurm drain tests run a real cluster over the demo hosts), openssh-server (a real OpenSSH
#    server inside a demo host, for 'drover agent install'; installed without starting its daemon);
#  - a CRIU >= 4.2 that passes `criu check`: the system one if it does, otherwise CRIU from Debian
#    sid unpacked into a private prefix ($DROVER_CRIU_HOME, default /opt/drover/criu) with its own
#    libc, run through the wrapper $DROVER_CRIU_HOME/bin/criu (the system libc is not touched);
#  - fs.pipe-max-size >= 4 MiB (needed by CRIU lazy-pages / post-copy).
# The Debian mirror for sid is taken from this machine's apt configuration (override with
# DROVER_DEBIAN_MIRROR=URL).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=criu-path.sh
. "$HERE/criu-path.sh"

export DEBIAN_FRONTEND=noninteractive
CRIU_SUITE=${DROVER_CRIU_SUITE:-sid}

log()  { echo "[install-deps] $*"; }
die()  { echo "[install-deps] ERROR: $*" >&2; exit 1; }

CRIU_ONLY=
case "${1:-}" in
  --criu-only) CRIU_ONLY=1 ;;
  "") ;;
  -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown argument '$1' (use --criu-only or nothing)" ;;
esac

if [ "$(id -u)" -ne 0 ]; then
  cat >&2 <<EOF
[install-deps] ERROR: must run as root. These steps need root:
  apt-get update / apt-get install   (Debian packages)
  apt-get download + dpkg -x into $DROVER_CRIU_HOME and writing $DROVER_CRIU_HOME/bin/criu
  criu check                         (CRIU needs CAP_SYS_ADMIN and friends)
  sysctl -w fs.pipe-max-size=4194304
Re-run with: sudo $0 $*
EOF
  exit 1
fi
command -v apt-get >/dev/null && command -v dpkg >/dev/null || die "this script needs a Debian-based system (apt-get, dpkg)"

START=$(date +%s.%N)

# ---------------------------------------------------------------- Debian packages
# Each entry is "pkg" or "alt1|alt2" (first alternative with an install candidate wins; any
# installed alternative satisfies it). libgtk-3-0 was renamed libgtk-3-0t64 after Debian 12.
SWT_GTK_PKGS=(
  "libgtk-3-0t64|libgtk-3-0"   # SWT: libswt-pi3-gtk (GTK 3, GDK, pango, cairo, gdk-pixbuf, ...)
  libxtst6                     # SWT: Display.post (XTest)
  libgl1                       # SWT: libswt-glx-gtk (GLCanvas)
  adwaita-icon-theme           # GTK default icons (otherwise warnings and missing dialog icons)
  librsvg2-common              # gdk-pixbuf SVG loader for the icon theme
  fonts-dejavu-core            # a font for text rendering under Xvfb
)
BASE_PKGS=(
  xvfb xauth                   # Xvfb and xvfb-run
  xdotool                      # drive the mouse from outside the JVM (drag and drop in UI tests)
  imagemagick                  # `import -window root` screenshots
  iproute2 procps lsof openssh-client
  tini                         # minimal PID 1 that reaps orphans (simulated hosts)
  iputils-ping netcat-openbsd  # connectivity checks
  slurm-wlm munge              # a real Slurm cluster over the demo hosts in tests (scripts/slurm-cluster.sh)
  python3                      # ./setup's sample key-value store (scripts/samples)
  nftables                     # nft: lifts CRIU's network lock when a tree with its own address (drover launch) rolls back
)

APT_UPDATED=
apt_update_once() {
  [ -n "$APT_UPDATED" ] && return 0
  log "apt-get update (some packages are missing)"
  apt-get update -q || die "apt-get update failed"
  APT_UPDATED=1
}

pkg_installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
pkg_candidate() { apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}' | grep -vx '(none)' | head -1; }

ensure_packages() {
  local entry alt ok missing=() chosen
  for entry in "$@"; do
    ok=
    for alt in ${entry//|/ }; do
      if pkg_installed "$alt"; then ok=$alt; break; fi
    done
    if [ -n "$ok" ]; then log "package $ok: already installed, skipping"; else missing+=("$entry"); fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  apt_update_once
  local to_install=()
  for entry in "${missing[@]}"; do
    chosen=
    for alt in ${entry//|/ }; do
      if [ -n "$(pkg_candidate "$alt")" ]; then chosen=$alt; break; fi
    done
    [ -n "$chosen" ] || die "no installable package for '$entry' in the configured apt sources"
    to_install+=("$chosen")
  done
  log "apt-get install ${to_install[*]}"
  apt-get install -y -q --no-install-recommends "${to_install[@]}" \
    || die "apt-get install ${to_install[*]} failed"
}

# Packages whose daemons must not start on this machine: tests run them inside demo hosts only. While they
# install, Debian's policy-rc.d hook answers 101 ("action forbidden") to invoke-rc.d.
NO_START_PKGS=(openssh-server)
ensure_packages_not_started() {
  local missing=() p
  for p in "$@"; do pkg_installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -eq 0 ]; then log "package(s) $*: already installed, skipping"; return 0; fi
  if [ -e /usr/sbin/policy-rc.d ]; then
    ensure_packages "${missing[@]}"
    return
  fi
  printf '#!/bin/sh\n# written by Drover install-deps.sh while %s installs; removed after\nexit 101\n' "${missing[*]}" > /usr/sbin/policy-rc.d
  chmod 755 /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT   # also when ensure_packages dies
  ensure_packages "${missing[@]}"
  rm -f /usr/sbin/policy-rc.d; trap - EXIT
  log "${missing[*]}: installed, daemon not started here"
}

if [ -z "$CRIU_ONLY" ]; then
  ensure_packages "${BASE_PKGS[@]}" "${SWT_GTK_PKGS[@]}"
  ensure_packages_not_started "${NO_START_PKGS[@]}"
  command -v tini >/dev/null || die "tini installed but not on PATH"
fi

# ---------------------------------------------------------------- sysctl
cur=$(cat /proc/sys/fs/pipe-max-size 2>/dev/null || echo 0)
if [ "$cur" -ge 4194304 ]; then
  log "fs.pipe-max-size is $cur (>= 4 MiB), skipping"
else
  log "sysctl -w fs.pipe-max-size=4194304 (was $cur)"
  sysctl -q -w fs.pipe-max-size=4194304 || log "WARNING: could not raise fs.pipe-max-size (lazy-pages will fail)"
fi

# ---------------------------------------------------------------- CRIU
# Prints the URIs of the Debian archive found in apt's sources (one-line and deb822 formats),
# best candidates first: entries whose suites are plain distribution suites (not -security).
debian_mirror_candidates() {
  local f
  {
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
      [ -f "$f" ] || continue
      # deb [opts] URI SUITE COMPONENTS...
      sed -e 's/#.*//' "$f" | awk '
        $1 == "deb" {
          i = 2
          if ($i ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
          print $i, $(i+1)
        }'
    done
    for f in /etc/apt/sources.list.d/*.sources; do
      [ -f "$f" ] || continue
      awk '
        function flush() {
          if (types ~ /(^| )deb( |$)/ && tolower(enabled) != "no")
            for (u = 1; u <= nu; u++) for (s = 1; s <= ns; s++) print uris[u], suites[s]
          types = ""; enabled = ""; nu = 0; ns = 0; last = ""
        }
        /^[ \t]*#/ { next }
        /^[ \t]*$/ { flush(); next }
        /^[ \t]/ { if (last == "uris") { for (k = 1; k <= NF; k++) uris[++nu] = $k }
                   else if (last == "suites") { for (k = 1; k <= NF; k++) suites[++ns] = $k }
                   next }
        {
          key = tolower($1); sub(/:$/, "", key); last = key
          if (key == "types") { types = ""; for (k = 2; k <= NF; k++) types = types " " $k; types = types " " }
          else if (key == "uris") { for (k = 2; k <= NF; k++) uris[++nu] = $k }
          else if (key == "suites") { for (k = 2; k <= NF; k++) suites[++ns] = $k }
          else if (key == "enabled") { enabled = $2 }
        }
        END { flush() }' "$f"
    done
  } | awk '$1 != "" && $1 !~ /security/ && $2 !~ /security/ && $2 !~ /\// {
        sub(/\/+$/, "", $1)
        prio = ($2 ~ /-(updates|backports|proposed-updates)$/) ? 1 : 0
        print prio, NR, $1 }' \
    | sort -k1,1n -k2,2n | awk '!seen[$3]++ { print $3 }'
}

deb_arch=$(dpkg --print-architecture)
case "$deb_arch" in
  amd64) TRIPLET=x86_64-linux-gnu;  LOADER=ld-linux-x86-64.so.2 ;;
  arm64) TRIPLET=aarch64-linux-gnu; LOADER=ld-linux-aarch64.so.1 ;;
  *) TRIPLET=; LOADER= ;;
esac

install_private_criu() {
  [ -n "$TRIPLET" ] || die "private CRIU install supports amd64 and arm64 only (this is $deb_arch)"
  local home=$DROVER_CRIU_HOME prefix=$DROVER_CRIU_HOME/root apt=$DROVER_CRIU_HOME/apt
  local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  [ -f "$keyring" ] || die "$keyring missing (package debian-archive-keyring)"
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/sources.list.d" \
           "$apt/preferences.d" "$apt/debs" "$home/bin"
  touch "$apt/status"
  local opts=(
    -o "Dir::Etc::SourceList=$apt/sources.list" -o "Dir::Etc::SourceParts=$apt/sources.list.d"
    -o "Dir::Etc::Preferences=$apt/preferences" -o "Dir::Etc::PreferencesParts=$apt/preferences.d"
    -o "Dir::State::Lists=$apt/lists" -o "Dir::State::Status=$apt/status"
    -o "Dir::Cache=$apt/cache" -o "APT::Architecture=$deb_arch" -o "APT::Architectures=$deb_arch"
    -o "APT::Sandbox::User=root" -q
  )
  local mirrors mirror ok=
  if [ -n "${DROVER_DEBIAN_MIRROR:-}" ]; then mirrors=$DROVER_DEBIAN_MIRROR; else mirrors=$(debian_mirror_candidates); fi
  [ -n "$mirrors" ] || die "no Debian mirror found in /etc/apt/sources.list{,.d} (set DROVER_DEBIAN_MIRROR=URL)"
  for mirror in $mirrors; do
    log "private apt for CRIU: trying $mirror suite $CRIU_SUITE (lists under $apt)"
    echo "deb [signed-by=$keyring] $mirror $CRIU_SUITE main" > "$apt/sources.list"
    if apt-get "${opts[@]}" update >"$apt/update.log" 2>&1 && compgen -G "$apt/lists/*_Packages*" >/dev/null; then
      ok=1; break
    fi
    log "  apt-get update failed with $mirror (see $apt/update.log): $(grep -E '^(E|W):' "$apt/update.log" | head -2 | tr '\n' ' ')"
  done
  [ -n "$ok" ] || die "could not read the $CRIU_SUITE package lists from any configured Debian mirror"

  local cand
  cand=$(apt-cache "${opts[@]}" policy criu | awk '/Candidate:/ {print $2}')
  [ -n "$cand" ] && [ "$cand" != "(none)" ] || die "no criu package in $CRIU_SUITE"
  log "criu in $CRIU_SUITE: $cand"
  # The package set: criu and the recursive closure of its Depends (own libc included).
  local pkgs
  pkgs=$(apt-cache "${opts[@]}" depends --recurse --no-recommends --no-suggests --no-conflicts \
           --no-breaks --no-replaces --no-enhances criu | grep -v '^ ' | grep -v '^<' | sort -u)
  [ -n "$pkgs" ] || die "could not compute the dependency closure of criu"
  log "downloading $(echo $pkgs | wc -w) packages: $(echo $pkgs)"
  rm -f "$apt/debs/"*.deb
  (cd "$apt/debs" && apt-get "${opts[@]}" download $pkgs >"$apt/download.log" 2>&1) \
    || die "apt-get download failed (see $apt/download.log)"
  log "unpacking into $prefix"
  rm -rf "$prefix.new"; mkdir -p "$prefix.new"
  local d
  for d in "$apt/debs/"*.deb; do dpkg -x "$d" "$prefix.new" || die "dpkg -x $d failed"; done
  rm -rf "$prefix"; mv "$prefix.new" "$prefix"
  local libdir=$prefix/usr/lib/$TRIPLET
  [ -x "$libdir/$LOADER" ] || die "loader $libdir/$LOADER missing after unpacking"
  [ -x "$prefix/usr/sbin/criu" ] || die "$prefix/usr/sbin/criu missing after unpacking"
  if "$libdir/$LOADER" --library-path "$libdir" --list "$prefix/usr/sbin/criu" | grep -q 'not found'; then
    "$libdir/$LOADER" --library-path "$libdir" --list "$prefix/usr/sbin/criu" | grep 'not found' >&2
    die "unresolved libraries for the private criu"
  fi
  log "writing wrapper $home/bin/criu"
  cat > "$home/bin/criu.tmp" <<EOF
#!/bin/sh
# Drover: CRIU $cand from Debian $CRIU_SUITE, run with its own libc (written by install-deps.sh).
P=$prefix
L=\$P/usr/lib/$TRIPLET
exec "\$L/$LOADER" --argv0 criu --library-path "\$L" "\$P/usr/sbin/criu" "\$@"
EOF
  chmod 755 "$home/bin/criu.tmp"; mv "$home/bin/criu.tmp" "$home/bin/criu"
  rm -rf "$apt/debs/"*.deb "$apt/cache/"*.bin "$apt/lists/"*_*   # 20+ MB, fetched again when needed
  log "private CRIU: $(du -sh "$prefix" | cut -f1) unpacked"
}

T0=$(date +%s.%N)
CRIU=
sys_criu=$(command -v criu 2>/dev/null || true)
if [ -n "$sys_criu" ] && [ "$sys_criu" != "$DROVER_CRIU_HOME/bin/criu" ]; then
  if drover_criu_usable "$sys_criu" verbose; then
    log "system CRIU $sys_criu ($(drover_criu_version "$sys_criu")) passes 'criu check', using it"
    CRIU=$sys_criu
  else
    log "system CRIU $sys_criu is not usable (see above); using a private CRIU from Debian $CRIU_SUITE"
  fi
else
  log "no CRIU on PATH"
fi
if [ -z "$CRIU" ]; then
  if drover_criu_usable "$DROVER_CRIU_HOME/bin/criu"; then
    log "private CRIU $DROVER_CRIU_HOME/bin/criu ($(drover_criu_version "$DROVER_CRIU_HOME/bin/criu")) already installed and passes check, skipping"
  else
    install_private_criu
    drover_criu_usable "$DROVER_CRIU_HOME/bin/criu" verbose \
      || die "the private CRIU was installed but does not pass 'criu check' (see above)"
  fi
  CRIU=$DROVER_CRIU_HOME/bin/criu
fi
T1=$(date +%s.%N)

echo
log "CRIU: $CRIU"
"$CRIU" --version
rc=0; out=$("$CRIU" check 2>&1) || rc=$?
printf '%s\n' "$out"
[ $rc -eq 0 ] || die "'$CRIU check' failed (exit $rc)"
log "CRIU step took $(awk "BEGIN{printf \"%.1f\", $T1-$T0}") s; all done in $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N)-$START}") s"
