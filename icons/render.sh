#!/usr/bin/env bash
# Renders the application icon's PNG sizes (needs rsvg-convert: Debian's librsvg2-bin). 16 px comes from
# ovnscope-16.svg, a simpler drawing that stays legible at that size; every other size from ovnscope.svg.
# The PNGs are committed, so building ovnscope does not need this; run it after editing an SVG.
set -euo pipefail
cd "$(dirname "$0")"
rsvg-convert -w 16 -h 16 ovnscope-16.svg -o ovnscope-16.png
for size in 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" ovnscope.svg -o "ovnscope-$size.png"
done
