#!/usr/bin/env bash
# Renders Bilan's icon at each size the package installs, from the hand-made SVG. The PNGs are
# checked in (the build then needs no SVG renderer, and the window's icon is a resource made of
# them); run this again after changing packaging/icons/org.bilan.Bilan.svg, and commit the PNGs.
# Needs rsvg-convert (Debian's librsvg2-bin).
set -euo pipefail
command -v rsvg-convert >/dev/null || { echo "icons.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
cd "$(dirname "$0")/../packaging/icons"
for size in 16 22 24 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" org.bilan.Bilan.svg \
    --output "org.bilan.Bilan-$size.png"
done
