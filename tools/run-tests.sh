#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Booking Assistant twice (with the GUI, and core + CLI alone to prove the core needs no
# GUI) and runs every test with ctest. Installs what is missing first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/tools/install-deps.sh"

jobs="$(nproc 2>/dev/null || echo 2)"
build() { # dir, extra cmake flags...
    local dir="$1"; shift
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$dir" -j "$jobs"
}

echo "== build without the GUI (core, CLI, core tests)"
build "$root/build-nogui" -DBOOKING_BUILD_GUI=OFF -DBOOKING_BUILD_BENCH=OFF
echo "== build with the GUI"
build "$root/build" -DBOOKING_BUILD_GUI=ON

export QT_QPA_PLATFORM=offscreen
status=0
echo "== tests without the GUI"
ctest --test-dir "$root/build-nogui" --output-on-failure -j "$jobs" || status=1
echo "== all tests"
ctest --test-dir "$root/build" --output-on-failure -j "$jobs" || status=1
exit $status
