#!/usr/bin/env bash
# The packaging acceptance test: builds the app image and the deb with packaging/build.sh, starts the
# packaged launcher under a virtual X server until its window titled ovnscope is painted (screenshot checked
# not blank), runs its command line, and unpacks the deb into a scratch root to check its menu entry.
# Every per-user directory (HOME and XDG) points into target/package-smoke, so the user's own are untouched.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/gui/window-watch.sh
out=$PWD/target/package-smoke
rm -rf "$out"
mkdir -p "$out"
fail() {
    echo "package smoke: $*" >&2
    exit 1
}

start=$(date +%s.%N)
bash packaging/build.sh >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; fail "packaging/build.sh failed"; }
built=$(date +%s.%N)
launcher=target/dist/ovnscope/bin/ovnscope
[ -x "$launcher" ] || fail "no app image launcher $launcher"
debs=(target/dist/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in target/dist, found: ${debs[*]}"
deb=${debs[0]}
version=$(sed -n 's/^version=//p' target/classes/io/ovnscope/app/version.properties)

# (2) the window, from the app image, as a user with empty home and XDG directories
user=$out/user
export HOME=$user/home XDG_CONFIG_HOME=$user/config XDG_DATA_HOME=$user/data XDG_CACHE_HOME=$user/cache \
    XDG_STATE_HOME=$user/state
mkdir -p "$HOME"
start_virtual_display "$out"

launched=$(date +%s.%N)
"$launcher" >"$out/app.out" 2>&1 &
app=$!
if ! wait_for_painted_window "$app" 30 >/dev/null; then
    cat "$out/app.out" "$XDG_STATE_HOME/ovnscope/logs/ovnscope.log" >&2 2>/dev/null || true
    fail "no painted window titled ovnscope within 30 s"
fi
shown=$(date +%s.%N)
colours=$(screenshot_not_blank "$out/window.png") || fail "the screenshot has only $colours colours: the window looks blank"
kill "$app"
wait "$app" 2>/dev/null || true
app=

log=$XDG_STATE_HOME/ovnscope/logs/ovnscope.log
grep -q "ovnscope $version on Java" "$log" || fail "the window app's log $log lacks its start line"
ls "$XDG_CACHE_HOME"/ovnscope/javafx/*/libglass.so >/dev/null 2>&1 \
    || fail "JavaFX's native libraries are not in the XDG cache dir"
[ ! -e "$HOME/.openjfx" ] || fail "JavaFX still unpacked its libraries into ~/.openjfx"

# (3) the same launcher is the command line
[ "$("$launcher" --version)" = "ovnscope $version" ] || fail "'$launcher --version' did not print 'ovnscope $version'"
set +e
"$launcher" --frobnicate >/dev/null 2>"$out/bad-option.err"
status=$?
set -e
[ "$status" -eq 2 ] || fail "a bad option exited $status, not 2"

# (4) the deb, unpacked into a scratch root: menu entry, launcher, icon and dependencies
root=$out/root
dpkg-deb -x "$deb" "$root"
prefix=/opt/ovnscope
entries=("$root$prefix"/lib/*.desktop)
[ -f "${entries[0]}" ] || fail "the deb has no .desktop file under $prefix/lib"
entry=${entries[0]}
field() { sed -n "s/^$1=//p" "$entry"; }
exec_path=$(field Exec | awk '{print $1}')
icon_path=$(field Icon)
case $exec_path in "$prefix"/*) ;; *) fail "Exec=$exec_path is not inside $prefix" ;; esac
case $icon_path in "$prefix"/*) ;; *) fail "Icon=$icon_path is not inside $prefix" ;; esac
[ -x "$root$exec_path" ] || fail "Exec=$exec_path does not resolve to an executable in the deb"
[ "$(identify -format '%m %w' "$root$icon_path")" = "PNG 256" ] || fail "Icon=$icon_path is not a 256 px PNG"
[ "$(field Type)" = Application ] || fail "the desktop entry is not Type=Application"
field Categories | grep -q '^Network;' || fail "the desktop entry is not in the Network category"
# Hints count too: a second main category, for one, lists the app twice in some menus.
validation=$(desktop-file-validate "$entry") || fail "desktop-file-validate rejects $entry: $validation"
[ -z "$validation" ] || fail "desktop-file-validate has remarks on $entry: $validation"
# dpkg -x runs no maintainer scripts: check the one that puts the entry into the menu on install.
dpkg-deb -e "$deb" "$out/control"
grep -q "xdg-desktop-menu install $prefix/lib/$(basename "$entry")" "$out/control/postinst" \
    || fail "the deb's postinst does not install the menu entry"
dpkg-deb -f "$deb" Depends | tr ',' '\n' | grep -qx ' *libgtk-3-0 *' || fail "the deb does not depend on libgtk-3-0"
# -Xshare:on refuses to start unless the runtime's class data sharing archive still maps once installed.
[ "$(JAVA_TOOL_OPTIONS=-Xshare:on "$root$exec_path" --version 2>/dev/null)" = "ovnscope $version" ] \
    || fail "the deb's launcher does not run, or its runtime's CDS archive is unusable"

printf 'package smoke: built in %.0f s; window painted %.1f s after launch, screenshot %s with %s colours\n' \
    "$(awk "BEGIN{print $built - $start}")" "$(awk "BEGIN{print $shown - $launched}")" "$out/window.png" "$colours"
printf 'package smoke: app image %s, deb %s (%s)\n' "$(du -sh target/dist/ovnscope | cut -f1)" \
    "$(du -h "$deb" | cut -f1)" "$(basename "$deb")"
