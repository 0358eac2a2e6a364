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
# One closing line over all Java tests (surefire and failsafe), for whoever reads the end of the log.
python3 - <<'PY' 2>/dev/null || true
import glob, re
tests = failed = 0
for report in glob.glob("target/surefire-reports/TEST-*.xml") + glob.glob("target/failsafe-reports/TEST-*.xml"):
    head = open(report, encoding="utf-8").read(4000)
    suite = re.search(r"<testsuite [^>]*>", head).group(0)
    number = lambda name: int(re.search(name + r'="(\d+)"', suite).group(1))
    tests += number("tests") - number("skipped")
    failed += number("failures") + number("errors")
print(f"tests: {tests - failed} passed, {failed} failed")
PY
