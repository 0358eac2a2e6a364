#!/usr/bin/env bash
# Starts the built jar with no arguments under a virtual X server, waits for the window titled ovnscope,
# takes a screenshot and checks it is not blank, then closes the app. Needs `mvn package` first.
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=target/ovnscope.jar
out=target/smoke
mkdir -p "$out"
[ -f "$jar" ] || { echo "window smoke: $jar is missing, run mvn package first" >&2; exit 1; }

display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
app=
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT

export DISPLAY=$display
export XDG_CONFIG_HOME=$PWD/$out/config
start=$(date +%s.%N)
java -jar "$jar" >"$out/app.log" 2>&1 &
app=$!

for _ in $(seq 1 150); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"ovnscope"'; then
        break
    fi
    kill -0 "$app" 2>/dev/null || { echo "window smoke: the app exited early:" >&2; cat "$out/app.log" >&2; exit 1; }
    sleep 0.1
done
xwininfo -root -tree | grep -q '"ovnscope"' || { echo "window smoke: no window titled ovnscope" >&2; exit 1; }
shown=$(date +%s.%N)
sleep 2
import -window root "$out/window.png"
colours=$(convert "$out/window.png" -format '%k' info:)
if [ "$colours" -lt 16 ]; then
    echo "window smoke: the screenshot has only $colours colours: the window looks blank" >&2
    exit 1
fi
printf 'window smoke: window titled ovnscope after %.1f s, screenshot %s with %s colours\n' \
    "$(awk "BEGIN{print $shown - $start}")" "$out/window.png" "$colours"
