#!/bin/sh
# Small image fixtures for the image-input tests (tests/core/test_cli_inspect.cpp), made with
# ImageMagick (Debian package imagemagick). Every variant shows the same picture where possible:
# a 48x40 white background with a red (200,40,40) 20x24 rectangle at x 14..33, y 8..31.
#   /bin/sh scripts/make_image_fixtures.sh [OUTDIR]        (default tests/data/images)
set -eu
out=${1:-$(dirname "$0")/../tests/data/images}
mkdir -p "$out"
cd "$out"
im() { convert -size 48x40 xc:white -fill 'rgb(200,40,40)' -draw 'rectangle 14,8 33,31' "$@"; }
im -strip PNG24:rgb8.png                                   # 8-bit RGB
im -strip -depth 16 PNG48:rgb16.png                        # 16-bit RGB
im -strip -type Palette PNG8:palette.png                   # indexed colour
convert -size 48x40 xc:none -fill 'rgb(200,40,40)' -draw 'rectangle 14,8 33,31' -strip PNG32:alpha.png  # transparent background
im -strip -quality 95 -sampling-factor 1x1 rgb.jpg         # RGB JPEG
im -strip -quality 95 -sampling-factor 1x1 -colorspace CMYK cmyk.jpg   # CMYK JPEG (Adobe)
# 16-bit gray: background white, object gray 35% (8 bits cannot hold 0.35 exactly: 89.25/255).
convert -size 48x40 xc:white -fill 'gray(35%)' -draw 'rectangle 14,8 33,31' -strip -depth 16 PNG:gray16.png
# Truncated copies: the PNG stops inside its image data, the JPEG inside its scan.
head -c "$(( $(stat -c %s rgb8.png) - 40 ))" rgb8.png > truncated.png
head -c "$(( $(stat -c %s rgb.jpg) - 60 ))" rgb.jpg > truncated.jpg
ls -l
