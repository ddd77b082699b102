#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Booking Assistant needs to build, test and run on Debian 12 (bookworm), and
# nothing twice: packages already present are skipped. Uses sudo when not run as root.
# Every package is named explicitly, including those others only recommend (the SQLite driver,
# xauth for xvfb-run), because a fresh machine has no Qt at all.
# Options (any combination): --with-screenshot-tools (ImageMagick, xwininfo) and
# --with-bench-peers (python3-dateparser and python3-langdetect, the peers of bench_parser) and
# --with-api-peers (what bench_api compares our API clients with: nodejs and npm for the Duffel
# and Amadeus Node SDKs, python3-aiohttp, and libsimdjson-dev for its JSON parsing figures).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qtkeychain-qt6-dev libqt6svg6
    gnome-keyring dbus dbus-daemon dbus-x11 libsecret-1-0
    python3 tzdata ca-certificates
    xvfb xauth fonts-dejavu-core
)
for arg in "$@"; do
    case "$arg" in
        --with-screenshot-tools) packages+=(imagemagick x11-utils) ;;
        --with-bench-peers) packages+=(python3-dateparser python3-langdetect) ;;
        --with-api-peers)
            packages+=(python3-aiohttp libsimdjson-dev)
            # A node from elsewhere (e.g. NodeSource's nodejs, which bundles npm) is kept as it is.
            if ! command -v node >/dev/null 2>&1; then
                packages+=(nodejs)
            fi
            if ! command -v npm >/dev/null 2>&1; then
                packages+=(npm)
            fi
            ;;
        -h | --help)
            echo "usage: $0 [--with-screenshot-tools] [--with-bench-peers] [--with-api-peers]"
            exit 0
            ;;
        *)
            echo "install-deps: unknown option $arg" >&2
            echo "usage: $0 [--with-screenshot-tools] [--with-bench-peers] [--with-api-peers]" >&2
            exit 2
            ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed"
    exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
