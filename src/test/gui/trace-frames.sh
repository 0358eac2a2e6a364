#!/usr/bin/env bash
# Records one trace animation on the demo under a virtual X server: a PNG of the window at each step and half
# way along each leg (target/trace-frames/trace-NN.png), then the frame intervals of the animation played
# through. Needs `mvn test-compile` first; the class path comes from Maven.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=target/trace-frames
mkdir -p "$out"
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/trace-frames/cp.txt >/dev/null
display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >target/trace-frames/xvfb.log 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
export XDG_CONFIG_HOME=$PWD/target/trace-frames/config XDG_CACHE_HOME=$PWD/target/trace-frames/cache
DISPLAY=$display timeout 120 java -cp "target/classes:target/test-classes:$(cat target/trace-frames/cp.txt)" \
    io.ovnscope.views.TraceFrames "$out"
