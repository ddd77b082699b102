#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmark programs in Release in build-bench/ under the repository and runs every
# bench_* program in turn, printing their figures. Installs what is missing first, including the
# NLP peers bench_parser compares itself with (python3-dateparser, python3-langdetect) and the API
# peers of bench_api (nodejs/npm with the Node SDKs pinned in bench/package-lock.json via
# `npm ci --prefix bench`, python3-aiohttp, libsimdjson-dev).
# --no-gui: build core and the benches only (faster) and skip bench_startup, which times the
# desktop app's cold start.
# bench_history times the conversation history at 100,000 messages (SQLite; PostgreSQL beside
# it when BOOKING_BENCH_PG_* or BOOKING_TEST_PG_* point at a server, e.g. from
# `tools/test-postgres.sh start DIR`).
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

"$root/tools/install-deps.sh" --with-bench-peers --with-api-peers
# The Node SDKs bench_api compares with, exactly as locked (reinstalled when the lock changes).
if command -v npm >/dev/null 2>&1; then
    if [ ! -f "$root/bench/node_modules/.package-lock.json" ] ||
        [ "$root/bench/package-lock.json" -nt "$root/bench/node_modules/.package-lock.json" ]; then
        npm ci --prefix "$root/bench" --no-audit --no-fund
    fi
else
    echo "run-bench: npm is missing; bench_api will not measure the Node SDKs"
fi

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
