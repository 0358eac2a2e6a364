#!/usr/bin/env bash
# Installs the Debian packages the tests use, only those that are missing; quiet when all are there.
# The acceptance tests talk to real daemons (Open vSwitch, OVN, OpenSSH) and the GUI smoke test needs a
# virtual X server, so these are test dependencies, not optional extras.
set -euo pipefail

packages=(
    openjdk-17-jdk-headless maven
    openvswitch-switch ovn-central ovn-host openssh-server openssh-client iptables iproute2
    xvfb xauth x11-utils libgtk-3-0 imagemagick librsvg2-bin
    fakeroot dpkg-dev binutils desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
    if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
echo "installing Debian packages: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
# The packages' own services must not start here: the tests start private instances of their own.
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
