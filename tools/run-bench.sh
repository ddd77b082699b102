#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmark programs in Release in build-bench/ under the repository and runs every
# bench_* program in turn, printing their figures. Installs what is missing first, including the
# NLP peers bench_parser compares itself with (python3-dateparser, python3-langdetect).
# --no-gui: build core and the benches only (faster) and skip bench_startup, which times the
# desktop app's cold start.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

gui=ON
for arg in "$@"; do
    case "$arg" in
        --no-gui) gui=OFF ;;
        *)
            echo "usage: $0 [--no-gui]" >&2
            exit 2
            ;;
    esac
done

"$root/tools/install-deps.sh" --with-bench-peers

dir="$root/build-bench"
jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBOOKING_BUILD_GUI="$gui" \
    -DBOOKING_BUILD_TESTS=OFF -DBOOKING_BUILD_BENCH=ON
benches=()
for source in "$root"/bench/bench_*.cpp; do
    name="$(basename "$source" .cpp)"
    if [ "$gui" = OFF ] && [ "$name" = bench_startup ]; then
        echo "run-bench: skipping $name (needs the desktop app; run without --no-gui)"
        continue
    fi
    benches+=("$name")
done
cmake --build "$dir" -j "$jobs" --target "${benches[@]}"

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
status=0
for bench in "${benches[@]}"; do
    echo
    echo "== $bench"
    if ! "$dir/bench/$bench"; then
        echo "run-bench: $bench failed"
        status=1
    fi
done
exit $status
