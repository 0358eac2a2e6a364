#!/usr/bin/env bash
# The app command: installs what the window needs on Debian (a JDK, Maven, GTK) if missing, builds the jar
# when the sources changed, and starts ovnscope. Arguments go to ovnscope: none opens the window,
# anything else runs the command line (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v java >/dev/null || need+=(openjdk-17-jdk)
command -v mvn >/dev/null || need+=(maven)
if [ $# -eq 0 ] && command -v dpkg-query >/dev/null \
        && [ "$(dpkg-query -W -f='${Status}' libgtk-3-0 2>/dev/null)" != "install ok installed" ]; then
    need+=(libgtk-3-0)
fi
if [ ${#need[@]} -gt 0 ]; then
    as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    echo "installing ${need[*]}"
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi

jar=target/ovnscope.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml core collectors views app icons -newer "$jar" -print -quit)" ]; then
    mvn -q -B -ntp -Dstyle.color=never -DskipTests package
fi
exec java -jar "$jar" "$@"
