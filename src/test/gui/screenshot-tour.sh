#!/usr/bin/env bash
# Opens the window on fixture snapshots under a virtual X server and saves screenshots of the main window
# (demo with a load balancer and a router selected, a partial snapshot) and of the Connect dialog (filled,
# with a bad port, collecting) to target/screenshots. Needs `mvn -DskipTests package` (and test-compile) first.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=target/screenshots
mkdir -p "$out" target/tour
display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >target/tour/xvfb.log 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
export XDG_CONFIG_HOME=$PWD/target/tour/config XDG_CACHE_HOME=$PWD/target/tour/cache XDG_STATE_HOME=$PWD/target/tour/state
DISPLAY=$display timeout 90 java -cp "target/classes:target/test-classes:target/lib/*" \
    io.ovnscope.views.ScreenshotTour "$out"
