#!/usr/bin/env bash
# Makes the built-in demo snapshot: starts the lab, collects it with ovnscope's own command line, stops the
# lab. The result is committed as app/io/ovnscope/app/demo/microshift-dev.json.gz; run this again after a
# change to the lab or the catalog. Needs root and a built jar (mvn -q -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../../.."
dir=$(mktemp -d /tmp/ovl-demo-XXXX)
rmdir "$dir"
trap 'bash src/test/lab/lab.sh stop "$dir"' EXIT
bash src/test/lab/lab.sh start "$dir" >/dev/null 2>&1
known_hosts=$(mktemp)
java -jar target/ovnscope.jar collect --host 127.0.0.1 --port "$(cat "$dir/ssh.port")" --user root \
    --identity "$dir/id_ed25519" --known-hosts "$known_hosts" --accept-new \
    -o app/io/ovnscope/app/demo/microshift-dev.json.gz
rm -f "$known_hosts"
