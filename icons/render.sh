#!/usr/bin/env bash
# Renders the application icon's PNG sizes from ovnscope.svg (needs rsvg-convert: Debian's librsvg2-bin).
# The PNGs are committed, so building ovnscope does not need this; run it after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" ovnscope.svg -o "ovnscope-$size.png"
done
