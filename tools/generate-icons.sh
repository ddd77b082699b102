#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every icon the packages need from the one drawing, resources/icons/booking-assistant.svg:
#   resources/icons/hicolor/<N>x<N>/apps/booking-assistant.png  (N = 16 22 24 32 48 64 128 256 512;
#       installed on Linux as share/icons/hicolor/<N>x<N>/apps/<app id>.png, the SVG as scalable)
#   resources/icons/booking-assistant.ico   (Windows: 16-256 px; 256 stored as PNG)
#   resources/icons/booking-assistant.icns  (macOS: 16-512 px)
# The output is committed, so that building and packaging on any platform needs none of these
# tools; the ctest test icons_up_to_date runs `--check`, which renders into a temporary folder and
# compares byte for byte. Tools (Debian): rsvg-convert (librsvg2-bin), icotool (icoutils),
# png2icns (icnsutils); tools/install-deps.sh --with-packaging-tools installs them.
#
# usage: tools/generate-icons.sh            write the icons into resources/icons
#        tools/generate-icons.sh --check    exit 1 (and name them) if any committed icon is stale
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
icons="$root/resources/icons"
svg="$icons/booking-assistant.svg"
png_sizes=(16 22 24 32 48 64 128 256 512)
ico_sizes=(16 24 32 48 64 128) # plus 256, stored as PNG (-r) as Windows expects
icns_sizes=(16 32 48 128 256 512)

check=0
case "${1:-}" in
    "") ;;
    --check) check=1 ;;
    -h | --help)
        sed -n '3,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "generate-icons: unknown option $1 (try --help)" >&2
        exit 2
        ;;
esac
for tool in rsvg-convert icotool png2icns; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "generate-icons: $tool is missing (tools/install-deps.sh --with-packaging-tools)" >&2
        exit 2
    fi
done

render() { # output folder
    local out="$1" n
    for n in "${png_sizes[@]}"; do
        mkdir -p "$out/hicolor/${n}x${n}/apps"
        rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio --format png \
            --output "$out/hicolor/${n}x${n}/apps/booking-assistant.png" "$svg"
    done
    local ico_args=()
    for n in "${ico_sizes[@]}"; do
        ico_args+=("$out/hicolor/${n}x${n}/apps/booking-assistant.png")
    done
    icotool --create --output "$out/booking-assistant.ico" "${ico_args[@]}" \
        --raw="$out/hicolor/256x256/apps/booking-assistant.png"
    local icns_args=()
    for n in "${icns_sizes[@]}"; do
        icns_args+=("$out/hicolor/${n}x${n}/apps/booking-assistant.png")
    done
    # png2icns reports each image it adds on stdout; keep only its errors.
    png2icns "$out/booking-assistant.icns" "${icns_args[@]}" >/dev/null
}

files() {
    local n
    for n in "${png_sizes[@]}"; do
        echo "hicolor/${n}x${n}/apps/booking-assistant.png"
    done
    echo booking-assistant.ico
    echo booking-assistant.icns
}

if [ $check -eq 0 ]; then
    render "$icons"
    echo "generate-icons: wrote $(files | wc -l) icons under resources/icons"
    exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
render "$tmp"
stale=0
while read -r f; do
    if [ ! -f "$icons/$f" ]; then
        echo "generate-icons: missing resources/icons/$f" >&2
        stale=1
    elif ! cmp -s "$tmp/$f" "$icons/$f"; then
        echo "generate-icons: resources/icons/$f differs from what the SVG renders to" >&2
        stale=1
    fi
done < <(files)
if [ $stale -ne 0 ]; then
    echo "generate-icons: run tools/generate-icons.sh and commit the result" >&2
    exit 1
fi
echo "generate-icons: all $(files | wc -l) icons match resources/icons/booking-assistant.svg"
