#!/usr/bin/env bash
# Starts the built jar with no arguments under a virtual X server, waits for its main window titled ovnscope
# to be painted and to open the built-in demo, takes a screenshot and checks it is not blank, then closes the
# app. Needs `mvn package` first.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/gui/window-watch.sh
jar=target/ovnscope.jar
out=target/smoke
mkdir -p "$out"
[ -f "$jar" ] || { echo "window smoke: $jar is missing, run mvn package first" >&2; exit 1; }

start_virtual_display "$out"
# The window app logs into XDG_STATE_HOME and unpacks JavaFX into XDG_CACHE_HOME: keep both in target/.
export XDG_CONFIG_HOME=$PWD/$out/config XDG_CACHE_HOME=$PWD/$out/cache XDG_STATE_HOME=$PWD/$out/state
start=$(date +%s.%N)
java -jar "$jar" >"$out/app.log" 2>&1 &
app=$!

if ! wait_for_painted_window "$app" 15 >/dev/null; then
    echo "window smoke: no painted window titled ovnscope (the app's output and log follow)" >&2
    cat "$out/app.log" "$XDG_STATE_HOME/ovnscope/logs/ovnscope.log" >&2 2>/dev/null || true
    exit 1
fi
shown=$(date +%s.%N)
# With no snapshot and no connection the window opens on the built-in demo, and says so in its title.
if ! title=$(wait_for_title "(demo)" 30); then
    echo "window smoke: the window never showed the demo snapshot (no title with '(demo)')" >&2
    exit 1
fi
demo=$(date +%s.%N)
if ! colours=$(screenshot_not_blank "$out/window.png"); then
    echo "window smoke: the screenshot has only $colours colours: the window looks blank" >&2
    exit 1
fi
printf 'window smoke: window painted after %.1f s, "%s" after %.1f s, screenshot %s with %s colours\n' \
    "$(awk "BEGIN{print $shown - $start}")" "$title" "$(awk "BEGIN{print $demo - $start}")" "$out/window.png" \
    "$colours"
