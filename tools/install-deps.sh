#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Booking Assistant needs to build, test and run on Debian 12 (bookworm), and
# nothing twice: packages already present are skipped. Uses sudo when not run as root.
# Every package is named explicitly, including those others only recommend (the SQLite driver,
# xauth for xvfb-run), because a fresh machine has no Qt at all.
# postgresql and libqt6sql6-psql (the QPSQL driver) let the history tests run against a real
# PostgreSQL server that tools/test-postgres.sh starts and stops for ctest. python3-icalendar
# is the strict third-party parser tst_offercalendar checks the exported .ics files with.
# Options (any combination): --with-screenshot-tools (ImageMagick, xwininfo) and
# --with-packaging-tools (rpmbuild, desktop-file-validate, appstreamcli, the icon renderers) and
# --with-bench-peers (python3-dateparser and python3-langdetect, the peers of bench_parser) and
# --with-api-peers (what bench_api compares our API clients with: nodejs and npm for the Duffel
# and Amadeus Node SDKs, and python3-aiohttp). libsimdjson-dev is always installed: booking_core
# reads the flight APIs' JSON with it.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qtkeychain-qt6-dev libqt6svg6 libsimdjson-dev
    libnghttp2-dev
    gnome-keyring dbus dbus-daemon dbus-x11 libsecret-1-0
    python3 python3-icalendar tzdata ca-certificates
    xvfb xauth fonts-dejavu-core
    postgresql libqt6sql6-psql
)
for arg in "$@"; do
    case "$arg" in
        --with-screenshot-tools) packages+=(imagemagick x11-utils) ;;
        --with-packaging-tools)
            # cpack's DEB (file, dpkg-shlibdeps) and RPM (rpmbuild) generators, the desktop entry
            # and AppStream checks, the icon renderers of tools/generate-icons.sh, and the
            # package's own dependency that a build does not pull in.
            packages+=(rpm file dpkg-dev desktop-file-utils appstream librsvg2-bin icoutils icnsutils
                qt6-qpa-plugins)
            ;;
        --with-bench-peers) packages+=(python3-dateparser python3-langdetect) ;;
        --with-api-peers)
            packages+=(python3-aiohttp)
            # A node from elsewhere (e.g. NodeSource's nodejs, which bundles npm) is kept as it is.
            if ! command -v node >/dev/null 2>&1; then
                packages+=(nodejs)
            fi
            if ! command -v npm >/dev/null 2>&1; then
                packages+=(npm)
            fi
            ;;
        -h | --help)
            echo "usage: $0 [--with-screenshot-tools] [--with-packaging-tools] [--with-bench-peers] [--with-api-peers]"
            exit 0
            ;;
        *)
            echo "install-deps: unknown option $arg" >&2
            echo "usage: $0 [--with-screenshot-tools] [--with-packaging-tools] [--with-bench-peers] [--with-api-peers]" >&2
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
