#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian package as a user gets it: the desktop file and AppStream metainfo validate, cpack builds a DEB from
# the existing build, the DEB holds the three programs, the desktop file, metainfo and icon with sound control
# fields, and the extracted dispatch-monitor starts (--version headless; --demo offscreen, up to its first live
# event painted) without anything else installed from us.
#   check-package.sh SOURCE_DIR BUILD_DIR VERSION APP_ID
set -euo pipefail
source_dir=$1 build_dir=$2 version=$3 app_id=$4

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in desktop-file-validate appstreamcli cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/debian-packages.txt lists its package)"
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

desktop-file-validate "$source_dir/packaging/dispatch-monitor.desktop" || fail "desktop-file-validate rejected the desktop file"
appstreamcli validate --no-net "$source_dir/packaging/dispatch-monitor.metainfo.xml" \
    || fail "appstreamcli rejected the metainfo"
grep -q "<id>$app_id</id>" "$source_dir/packaging/dispatch-monitor.metainfo.xml" \
    || fail "the metainfo's component id is not $app_id"
grep -q "<release version=\"$version\"" "$source_dir/packaging/dispatch-monitor.metainfo.xml" \
    || fail "the metainfo has no <release> for version $version (add one when the project version changes)"

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb="$scratch/out/dispatch-monitor_${version}_amd64.deb"
[ -f "$deb" ] || fail "cpack made no $deb: $(ls "$scratch/out")"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/dispatch-monitor ./usr/bin/dispatchctl ./usr/bin/dispatch-devserver \
    "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
    ./usr/share/icons/hicolor/scalable/apps/dispatch-monitor.svg; do
    grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = dispatch-monitor ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project is $version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
depends=$(field Depends) # no pipe into grep -q: with pipefail, an early exit could fail the writer (SIGPIPE)
for dependency in libqt6widgets6 libqt6websockets6 libqt6network6 libqt6charts6 libqt6keychain1 libqt6sql6-sqlite; do
    [[ "$depends" == *"$dependency"* ]] || fail "Depends lacks $dependency: $depends"
done

dpkg-deb -x "$deb" "$scratch/root"
appstreamcli validate-tree --no-net "$scratch/root" >"$scratch/tree.log" 2>&1 \
    || { cat "$scratch/tree.log" >&2; fail "appstreamcli validate-tree rejected the installed files"; }
# --version must work without a display (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM).
reported=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM timeout 30 \
    "$scratch/root/usr/bin/dispatch-monitor" --version 2>/dev/null) \
    || fail "the packaged dispatch-monitor --version exited with $?"
[ "$reported" = "dispatch-monitor $version" ] || fail "the packaged dispatch-monitor reports '$reported'"
# The window with the embedded demo server must say itself that it got going: the hidden --report-startup option
# prints "first_paint" and then "first_event_painted" once the first live event has been painted, and exits 0
# (3 when that does not happen within 30 s). A window that hangs or paints nothing fails here; "still running
# after a few seconds" would have passed it.
# A home of its own, as for a first start: neither the settings other tests write at the same time nor the
# developer's own profiles can change what it does.
status=0
mkdir -p "$scratch/home"
HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" \
    XDG_CACHE_HOME="$scratch/home/.cache" QT_QPA_PLATFORM=offscreen \
    timeout 60 "$scratch/root/usr/bin/dispatch-monitor" --demo --report-startup >"$scratch/demo.out" \
    2>"$scratch/demo.log" || status=$?
startup=$(tr '\n' ' ' <"$scratch/demo.out")
if [ "$status" != 0 ] || [ "$startup" != "first_paint first_event_painted " ]; then
    cat "$scratch/demo.log" >&2
    fail "the packaged dispatch-monitor --demo --report-startup ended with $status, reporting '$startup'" \
        "instead of first_paint and first_event_painted"
fi
timeout 30 "$scratch/root/usr/bin/dispatchctl" --help >/dev/null || fail "the packaged dispatchctl --help failed"
timeout 30 "$scratch/root/usr/bin/dispatch-devserver" --help >/dev/null \
    || fail "the packaged dispatch-devserver --help failed"

echo "packaging: $(basename "$deb") ($(stat -c %s "$deb") bytes) validated; Depends: $depends"
