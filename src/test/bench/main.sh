#!/usr/bin/env bash
# Runs a benchmark main class from src/test/java/io/ovnscope/bench (a measurement that needs the lab or the
# whole command line rather than JMH): bash src/test/bench/main.sh io.ovnscope.bench.CollectionBench
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B -ntp -Dstyle.color=never -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$@"
