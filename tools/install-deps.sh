#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Booking Assistant needs to build, test and run on Debian 12 (bookworm), and
# nothing twice: packages already present are skipped. Uses sudo when not run as root.
# Every package is named explicitly, including those others only recommend (the SQLite driver,
# xauth for xvfb-run), because a fresh machine has no Qt at all.
# Options (any combination): --with-screenshot-tools (ImageMagick, xwininfo) and
# --with-bench-peers (python3-dateparser and python3-langdetect, the peers of bench_parser).
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
        -h | --help)
            echo "usage: $0 [--with-screenshot-tools] [--with-bench-peers]"
            exit 0
            ;;
        *)
            echo "install-deps: unknown option $arg" >&2
            echo "usage: $0 [--with-screenshot-tools] [--with-bench-peers]" >&2
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
