#!/bin/bash
# The installed tree and the Debian package of a build: check-package.sh BUILD_DIR SOURCE_DIR WORK_DIR
# Installs into WORK_DIR/root with `cmake --install`, checks every file is in its standard place and
# valid (desktop-file-validate, appstreamcli), then builds the package with cpack and checks that
# its dependencies were computed from the binary's libraries and that it holds the same files.
set -euo pipefail
build="$1" source="$2" work="$3"
rm -rf "$work" && mkdir -p "$work"
root="$work/root"

DESTDIR="$root" cmake --install "$build" --prefix /usr > "$work/install.log"
for file in usr/bin/crm-agent \
            usr/share/applications/org.crmagent.CrmAgent.desktop \
            usr/share/metainfo/org.crmagent.CrmAgent.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/crm-agent.svg; do
    [ -f "$root/$file" ] || { echo "not installed: /$file"; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/org.crmagent.CrmAgent.desktop"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/org.crmagent.CrmAgent.metainfo.xml"
# The menu entry starts what was installed, and names an icon that was installed.
grep -qx 'Exec=crm-agent' "$root/usr/share/applications/org.crmagent.CrmAgent.desktop"
grep -qx 'Icon=crm-agent' "$root/usr/share/applications/org.crmagent.CrmAgent.desktop"
# The installed binary runs from its own place (no build-tree path baked in).
"$root/usr/bin/crm-agent" --version | grep -q '^crm-agent '

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" > cpack.log 2>&1) \
    || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/crm-agent_*.deb)
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6widgets6 libqt6sql6 libsqlite3-0 libpq5 libsodium23 libxlsxwriter libc6 libqt6sql6-sqlite; do
    grep -q "$dep" <<< "$depends" || { echo "the package does not depend on $dep"; exit 1; }
done
contents=$(dpkg-deb --contents "$deb")
for file in ./usr/bin/crm-agent ./usr/share/applications/org.crmagent.CrmAgent.desktop \
            ./usr/share/metainfo/org.crmagent.CrmAgent.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/crm-agent.svg; do
    grep -q " $file\$" <<< "$contents" || { echo "the package lacks $file"; exit 1; }
done
echo "package sound: $(basename "$deb")"
