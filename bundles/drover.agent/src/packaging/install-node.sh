#!/usr/bin/env bash
# Installs the Drover agent on this node; what 'drover agent install HOST' runs there over SSH, from the
# directory it copied the packages into. Idempotent: run again, it reinstalls the same files, keeps the
# state (host key, audit log), enrols the key once and restarts the agent.
#
#   install-node.sh --key-file FILE [--role ROLE] [--port PORT] [--name NAME] [--tarball] [--no-criu-install]
#
# Steps: the Debian package (dpkg -i), or the tarball into /opt/drover-agent where there is no dpkg (or
# with --tarball); a Java 21+ for it; a CRIU that passes 'criu check' (else install-deps.sh --criu-only
# unpacks one); the key into STATE/authorized_keys with its role; the agent started: systemctl where
# systemd runs, else detached with setsid (as 'drover demo' starts agents), its PID in STATE/agent.pid.
# Lines starting with '@@ ' are for the caller: '@@ host-key TYPE FINGERPRINT', '@@ criu PATH|none'.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
say() { echo "[node] $*"; }
die() { echo "[node] ERROR: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
	command -v sudo >/dev/null || die "not root and no sudo here: log in as root (User root in ~/.ssh/config) or install sudo"
	exec sudo -n /usr/bin/env bash "$0" "$@" || die "sudo -n failed: this user needs passwordless sudo, or log in as root"
fi

KEY_FILE= ROLE=operator PORT=2222 NAME= TARBALL= CRIU_INSTALL=1
while [ $# -gt 0 ]; do
	case "$1" in
		--key-file) KEY_FILE=$2; shift ;;
		--role) ROLE=$2; shift ;;
		--port) PORT=$2; shift ;;
		--name) NAME=$2; shift ;;
		--tarball) TARBALL=1 ;;
		--no-criu-install) CRIU_INSTALL= ;;
		*) die "unknown argument '$1'" ;;
	esac
	shift
done
[ -n "$KEY_FILE" ] && [ -r "$KEY_FILE" ] || die "--key-file FILE (the operator's public key) is required"
case "$ROLE" in viewer|operator|admin|node) ;; *) die "role '$ROLE' is not one of viewer, operator, admin, node" ;; esac
[[ "$PORT" =~ ^[0-9]+$ ]] || die "bad port '$PORT'"

STATE=/var/lib/drover-agent
DEFAULTS=/etc/default/drover-agent
SYSTEMD=
[ -d /run/systemd/system ] && SYSTEMD=1

# ---------------------------------------------------------------- the files
deb=$(ls "$HERE"/drover-agent_*_all.deb 2>/dev/null | head -1 || true)
tgz=$(ls "$HERE"/drover-agent-*.tar.gz 2>/dev/null | head -1 || true)
if [ -z "$TARBALL" ] && [ -n "$deb" ] && command -v dpkg >/dev/null; then
	# confold: an operator's edits of /etc/default/drover-agent survive an upgrade without a question
	say "dpkg -i $(basename "$deb")"
	DEBIAN_FRONTEND=noninteractive dpkg --force-confold -i "$deb" >"$HERE/dpkg.log" 2>&1 \
		|| { cat "$HERE/dpkg.log" >&2; die "dpkg -i failed (above)"; }
	LAUNCHER=/usr/bin/drover-agent
	say "package: $(dpkg-query -W -f='${Package} ${Version} ${Status}' drover-agent)"
else
	[ -n "$tgz" ] || die "no tarball to install (and no dpkg, or --tarball)"
	say "tarball $(basename "$tgz") into /opt/drover-agent$( [ -z "$TARBALL" ] && echo ' (no dpkg on this node)')"
	rm -rf /opt/drover-agent.new && mkdir -p /opt/drover-agent.new
	tar -C /opt/drover-agent.new --strip-components=1 -xzf "$tgz"
	rm -rf /opt/drover-agent && mv /opt/drover-agent.new /opt/drover-agent
	[ -f "$DEFAULTS" ] || install -D -m 644 /opt/drover-agent/drover-agent.default "$DEFAULTS"
	if [ -n "$SYSTEMD" ]; then
		install -m 644 /opt/drover-agent/systemd/drover-agent.service /etc/systemd/system/drover-agent.service
	fi
	LAUNCHER=/opt/drover-agent/bin/drover-agent
fi

# ---------------------------------------------------------------- Java
version=$("$LAUNCHER" --version 2>&1) || die "the agent does not start: $version"
say "agent $version runs ($LAUNCHER --version)"

# ---------------------------------------------------------------- settings
set_default() {  # NAME VALUE: one line NAME="VALUE" in /etc/default/drover-agent
	local tmp; tmp=$(mktemp "$DEFAULTS.XXXXXX")
	grep -v -E "^#?$1=" "$DEFAULTS" > "$tmp" || true
	echo "$1=\"$2\"" >> "$tmp"
	chmod 644 "$tmp" && mv "$tmp" "$DEFAULTS"
}
args="--listen 0.0.0.0 --port $PORT${NAME:+ --name $NAME}"
if ! grep -qx "DROVER_AGENT_ARGS=\"$args\"" "$DEFAULTS"; then set_default DROVER_AGENT_ARGS "$args"; fi

# ---------------------------------------------------------------- CRIU
# shellcheck source=/dev/null
. "$HERE/criu-path.sh"
criu=$(drover_criu_path verbose 2>"$HERE/criu.txt") || criu=
if [ -z "$criu" ]; then
	sed 's/^/[node]   /' "$HERE/criu.txt"
	if [ -n "$CRIU_INSTALL" ]; then
		say "no CRIU here passes 'criu check': unpacking one with install-deps.sh --criu-only"
		bash "$HERE/install-deps.sh" --criu-only 2>&1 | sed 's/^/[node]   /' || true
		criu=$(drover_criu_path verbose 2>"$HERE/criu.txt") || criu=
	fi
fi
if [ -n "$criu" ]; then
	say "CRIU: $criu ($(drover_criu_version "$criu"), check ok)"
	grep -qx "DROVER_CRIU=\"$criu\"" "$DEFAULTS" || set_default DROVER_CRIU "$criu"
	echo "@@ criu $criu"
else
	say "WARNING: no CRIU that passes 'criu check' on this node: the agent runs and shows processes, but cannot"
	say "  checkpoint or migrate. $(tail -1 "$HERE/criu.txt")"
	echo "@@ criu none"
fi

# ---------------------------------------------------------------- the operator's key
install -d -m 700 "$STATE"
touch "$STATE/authorized_keys" && chmod 600 "$STATE/authorized_keys"
read -r ktype kblob kcomment < "$KEY_FILE" || true
[ -n "${kblob:-}" ] || die "$KEY_FILE is not an OpenSSH public key line"
line="drover-role=\"$ROLE\" $ktype $kblob${kcomment:+ $kcomment}"
if grep -qxF "$line" "$STATE/authorized_keys"; then
	say "key ${kcomment:-$ktype} already enrolled as $ROLE"
else
	tmp=$(mktemp "$STATE/authorized_keys.XXXXXX")
	# the same key with another role is replaced, never listed twice
	grep -vF " $kblob" "$STATE/authorized_keys" > "$tmp" || true
	echo "$line" >> "$tmp"
	chmod 600 "$tmp" && mv "$tmp" "$STATE/authorized_keys"
	say "key ${kcomment:-$ktype} enrolled as $ROLE in $STATE/authorized_keys"
fi

# ---------------------------------------------------------------- start
LOG=$STATE/agent.log
before=0; [ -f "$LOG" ] && before=$(wc -l < "$LOG")
if [ -n "$SYSTEMD" ]; then
	systemctl daemon-reload
	systemctl enable drover-agent.service >/dev/null 2>&1
	systemctl restart drover-agent.service
	say "started with systemd (systemctl restart drover-agent; journalctl -u drover-agent)"
else
	# No systemd (a container, a demo host whose PID 1 is tini): the agent starts detached, in its own
	# session, as 'drover demo' starts agents; it does not restart by itself if it dies.
	old=$(cat "$STATE/agent.pid" 2>/dev/null || true)
	if [ -n "$old" ] && tr '\0' ' ' < "/proc/$old/cmdline" 2>/dev/null | grep -q 'drover-agent.jar'; then
		kill "$old"
		for _ in $(seq 1 100); do [ -d "/proc/$old" ] || break; sleep 0.1; done
		say "stopped the running agent (PID $old)"
	fi
	before=0; [ -f "$LOG" ] && before=$(wc -l < "$LOG")
	# the subshell execs setsid, which execs the launcher, which execs java: $! is the agent's PID, and nothing
	# is left holding this ssh session's output open
	(cd / && exec setsid "$LAUNCHER" </dev/null >>"$STATE/console.log" 2>&1) &
	echo $! > "$STATE/agent.pid"
	say "no systemd on this node (PID 1 is $(cat /proc/1/comm)): started $LAUNCHER detached (setsid), PID $(cat "$STATE/agent.pid");"
	say "  output in $STATE/console.log; it does not restart by itself (run it under the node's service manager)"
fi
line=
for _ in $(seq 1 600); do
	line=$(tail -n +"$((before + 1))" "$LOG" 2>/dev/null | grep ' listening on ' | tail -1 || true)
	[ -n "$line" ] && break
	sleep 0.1
done
[ -n "$line" ] || { tail -20 "$STATE/console.log" 2>/dev/null >&2 || true; die "the agent did not start within 60 s (see $LOG)"; }
say "${line#* - }"
echo "@@ host-key $(sed -n 's/.*host key \([^ ]*\) \(SHA256:[^ ]*\).*/\1 \2/p' <<<"$line")"
