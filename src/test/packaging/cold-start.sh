#!/usr/bin/env bash
# Measures how long the packaged app takes from exec of target/dist/ovnscope/bin/ovnscope to its main window
# painted (a capture of it with at least 16 colours) under a virtual X server, for BENCHMARKS.md.
# Usage: cold-start.sh [runs]  (default 3). Each run starts a new process with empty per-user directories,
# as a first start after installing (JavaFX unpacks its native libraries then); one last run reuses the
# directories of the run before, as every later start does. Needs packaging/build.sh first.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/gui/window-watch.sh
runs=${1:-3}
launcher=target/dist/ovnscope/bin/ovnscope
[ -x "$launcher" ] || { echo "cold start: $launcher is missing, run packaging/build.sh first" >&2; exit 1; }
out=$PWD/target/cold-start
rm -rf "$out"
mkdir -p "$out"

start_virtual_display "$out"

# Starts the app with per-user directories under $1 and prints the seconds to a painted window, then to the
# built-in demo snapshot open in it.
time_one_start() {
    local user=$1 start
    mkdir -p "$user/home"
    start=$(date +%s.%N)
    HOME=$user/home XDG_CONFIG_HOME=$user/config XDG_DATA_HOME=$user/data XDG_CACHE_HOME=$user/cache \
        XDG_STATE_HOME=$user/state "$launcher" >>"$out/app.out" 2>&1 &
    app=$!
    wait_for_painted_window "$app" 30 >/dev/null || { echo "cold start: no painted window" >&2; exit 1; }
    # The processor time the app used until then, which a busy machine does not inflate as much.
    awk -v wall="$(date +%s.%N)" -v start="$start" -v tick="$(getconf CLK_TCK)" \
        '{printf "painted %.2f s (%.2f s of processor time)", wall - start, ($14 + $15) / tick}' "/proc/$app/stat"
    if ! wait_for_title "(demo)" 30 >/dev/null; then
        kill "$app"
        echo "cold start: the demo never opened" >&2
        return 1
    fi
    awk -v wall="$(date +%s.%N)" -v start="$start" 'BEGIN {printf ", demo open %.2f s", wall - start}'
    kill "$app"
    wait "$app" 2>/dev/null || true
    app=
}

for run in $(seq 1 "$runs"); do
    took=$(time_one_start "$out/user-$run") || exit 1
    echo "first start $run: $took"
done
took=$(time_one_start "$out/user-$runs") || exit 1
echo "later start (reusing run $runs's directories): $took"
