#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Booking Assistant twice (with the GUI, and core + CLI alone to prove the core needs no
# GUI) and runs every test with ctest, then builds and tests the Linux packages. Installs what is
# missing first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/tools/install-deps.sh" --with-packaging-tools

jobs="$(nproc 2>/dev/null || echo 2)"
build() { # dir, extra cmake flags...
    local dir="$1"; shift
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$dir" -j "$jobs"
}

echo "== build without the GUI (core, CLI, core tests)"
build "$root/build-nogui" -DBOOKING_BUILD_GUI=OFF -DBOOKING_BUILD_BENCH=OFF
echo "== build with the GUI"
build "$root/build" -DBOOKING_BUILD_GUI=ON -DBOOKING_TEST_PACKAGES=ON

export QT_QPA_PLATFORM=offscreen
status=0
echo "== tests without the GUI"
ctest --test-dir "$root/build-nogui" --output-on-failure -j "$jobs" || status=1
echo "== all tests"
ctest --test-dir "$root/build" --output-on-failure -j "$jobs" -LE packaging || status=1
# The packages from the same build: DEB, RPM and TGZ built and their files checked; as root the
# .deb is installed with apt, run and removed (packaging/check-packages.sh).
echo "== packages"
ctest --test-dir "$root/build" --output-on-failure -L packaging || status=1
exit $status
