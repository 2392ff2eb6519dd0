#!/usr/bin/env bash
# Renders the SVG sources of Samverka's icons into the PNG files the application uses (ImageMagick 6).
# Run after changing an SVG; the PNG files are checked in.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../bundles/se.samverka.ui/icons"
mkdir -p "$out"
render() { # svg size target
    /usr/bin/convert -background none -density 1200 "$here/$1" -resize "$2x$2" "PNG32:$out/$3"
}
for size in 16 32 48 64 128 256; do
    render samverka.svg "$size" "samverka-$size.png"
done
for icon in start navigation preferences; do
    render "$icon.svg" 16 "$icon-16.png"
    render "$icon.svg" 32 "$icon-16@2x.png"
done

# The plugins' area icons go into their own bundles.
for area in meetings courses inventory; do
    target="$here/../../bundles/se.samverka.$area.ui/icons"
    mkdir -p "$target"
    /usr/bin/convert -background none -density 1200 "$here/$area.svg" -resize 16x16 "PNG32:$target/$area-16.png"
    /usr/bin/convert -background none -density 1200 "$here/$area.svg" -resize 32x32 "PNG32:$target/$area-16@2x.png"
done

# The sync plugin's icons.
target="$here/../../bundles/se.samverka.sync.ui/icons"
mkdir -p "$target"
for icon in sync conflicts sync-file-export sync-file-handin sync-file-read; do
    /usr/bin/convert -background none -density 1200 "$here/$icon.svg" -resize 16x16 "PNG32:$target/$icon-16.png"
    /usr/bin/convert -background none -density 1200 "$here/$icon.svg" -resize 32x32 "PNG32:$target/$icon-16@2x.png"
done
