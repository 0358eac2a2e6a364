#!/usr/bin/env bash
# Runs the JMH benchmarks in src/test/java/io/ovnscope/bench (built by `mvn test-compile`).
#   bash src/test/bench/run.sh [JMH options, e.g. FlowParse -f 1 -wi 2 -i 3]
# The numbers go into BENCHMARKS.md with the command that made them.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B -ntp -Dstyle.color=never -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
