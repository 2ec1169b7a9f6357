#!/usr/bin/env bash
# Builds the agent's packages from the shaded jar (run by the Maven build at 'package'; nothing built is
# committed). Writes into TARGET/packages:
#   drover-agent_VERSION_all.deb     Debian package (when dpkg-deb is on the build machine)
#   drover-agent-VERSION.tar.gz      the same files under one prefix, for other distributions
#   install-node.sh, install-deps.sh, criu-path.sh   what 'drover agent install' runs on the node
#
#   build-packages.sh VERSION TARGET_DIR SCRIPTS_DIR
set -euo pipefail
VERSION=$1 TARGET=$2 SCRIPTS=$3
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAR=$TARGET/drover.agent-$VERSION-all.jar
[ -f "$JAR" ] || { echo "build-packages: $JAR missing (the shade step runs first)" >&2; exit 1; }
# Debian's version order: 0.1.0~SNAPSHOT sorts before 0.1.0
DEB_VERSION=${VERSION//-/\~}
OUT=$TARGET/packages
rm -rf "$OUT" "$TARGET/pkgroot"
mkdir -p "$OUT"

# One tree, two layouts: the package's /usr, the tarball's PREFIX (both find the jar at ../lib/drover-agent).
lay_out() {  # ROOT PREFIX UNIT_DIR
	local root=$1 prefix=$2 unitdir=$3
	install -d -m 755 "$root$prefix/bin" "$root$prefix/lib/drover-agent" "$root$prefix/share/doc/drover-agent" \
		"$root$unitdir" "$root/etc/default"
	install -m 755 "$HERE/drover-agent" "$root$prefix/bin/drover-agent"
	install -m 755 "$HERE/criu" "$root$prefix/lib/drover-agent/criu"
	install -m 644 "$JAR" "$root$prefix/lib/drover-agent/drover-agent.jar"
	install -m 644 "$HERE/README" "$root$prefix/share/doc/drover-agent/README"
	sed "s|^ExecStart=.*|ExecStart=$prefix/bin/drover-agent|" "$HERE/drover-agent.service" > "$root$unitdir/drover-agent.service"
	chmod 644 "$root$unitdir/drover-agent.service"
	install -m 644 "$HERE/drover-agent.default" "$root/etc/default/drover-agent"
}

# the tarball: PREFIX=/opt/drover-agent; its etc/ and unit are installed by install-node.sh (or by hand)
TAR_ROOT=$TARGET/pkgroot/tar/drover-agent-$VERSION
lay_out "$TAR_ROOT" "" /systemd
sed -i "s|^ExecStart=.*|ExecStart=/opt/drover-agent/bin/drover-agent|" "$TAR_ROOT/systemd/drover-agent.service"
mv "$TAR_ROOT/etc/default/drover-agent" "$TAR_ROOT/drover-agent.default"; rm -r "$TAR_ROOT/etc"
tar -C "$TARGET/pkgroot/tar" --owner=0 --group=0 --numeric-owner -czf "$OUT/drover-agent-$VERSION.tar.gz" "drover-agent-$VERSION"
echo "build-packages: $OUT/drover-agent-$VERSION.tar.gz"

if command -v dpkg-deb >/dev/null 2>&1; then
	DEB_ROOT=$TARGET/pkgroot/deb
	lay_out "$DEB_ROOT" /usr /lib/systemd/system
	install -d -m 755 "$DEB_ROOT/DEBIAN"
	size=$(du -sk --exclude=DEBIAN "$DEB_ROOT" | cut -f1)
	sed -e "s/@VERSION@/$DEB_VERSION/" -e "s/@SIZE@/$size/" "$HERE/debian/control" > "$DEB_ROOT/DEBIAN/control"
	install -m 644 "$HERE/debian/conffiles" "$DEB_ROOT/DEBIAN/conffiles"
	install -m 755 "$HERE/debian/postinst" "$HERE/debian/prerm" "$HERE/debian/postrm" "$DEB_ROOT/DEBIAN/"
	dpkg-deb --root-owner-group -Zxz --build "$DEB_ROOT" "$OUT/drover-agent_${DEB_VERSION}_all.deb" >/dev/null
	echo "build-packages: $OUT/drover-agent_${DEB_VERSION}_all.deb"
else
	echo "build-packages: no dpkg-deb on this machine: only the tarball (install-node.sh uses it on any node)"
fi
install -m 755 "$HERE/install-node.sh" "$SCRIPTS/install-deps.sh" "$SCRIPTS/criu-path.sh" "$OUT/"
rm -rf "$TARGET/pkgroot"
