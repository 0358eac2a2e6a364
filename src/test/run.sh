#!/usr/bin/env bash
# The test command: installs what the tests need, runs every test (unit, GUI under Monocle, jar and real
# daemon tests), opens the real window under Xvfb once, then builds the app image and the deb and checks
# that they start. Works on a fresh Debian machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash src/test/install-packages.sh
mvn -B -ntp -Dstyle.color=never verify
bash src/test/gui/window-smoke.sh
bash src/test/packaging/package-smoke.sh
