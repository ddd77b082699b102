#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs tst_keychainsecretstore against a real Secret Service: gnome-keyring in a private D-Bus
# session (dbus-run-session), with a temporary HOME and XDG dirs and a login keyring unlocked
# with a throwaway password. Needs no display and works as root. Fails when the test fails or
# SKIPs (a skip here means the keychain was not reached, which is what this run must prove).
# usage: tools/run-keychain-test.sh path/to/tst_keychainsecretstore [test arguments...]
set -euo pipefail

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 path/to/tst_keychainsecretstore [test arguments...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-keychain-test: $tool is missing (tools/install-deps.sh installs it)" >&2
        exit 2
    fi
done

test_binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
scratch="$(mktemp -d "${TMPDIR:-/tmp}/booking-keychain.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime" "$scratch/config" "$scratch/data" "$scratch/cache"
chmod 700 "$scratch/runtime"
log="$scratch/test.log"

# Everything below runs inside the private session bus; nothing reaches the caller's keyring.
set +e
env -i PATH="$PATH" HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
    XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
    LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="booking.*.debug=false" TEST_BINARY="$test_binary" LOG="$log" \
    dbus-run-session -- sh -c '
        set -e
        # A login keyring, created and unlocked with a throwaway password (never a real one).
        eval "$(printf %s throwaway-test-password |
            gnome-keyring-daemon --unlock --components=secrets --daemonize)"
        export GNOME_KEYRING_CONTROL
        # The keyring daemon quits by itself when this private bus goes away.
        exec "$TEST_BINARY" "$@" -o "$LOG,txt" -o -,txt
    ' keychain-test "$@"
status=$?
set -e

if [ $status -ne 0 ]; then
    echo "run-keychain-test: the test failed (exit $status)" >&2
    exit 1
fi
if grep -q '^SKIP' "$log"; then
    echo "run-keychain-test: the test skipped: the Secret Service was not reached" >&2
    exit 1
fi
if ! grep -q '^PASS   : .*writeReadOverwriteRemove' "$log"; then
    echo "run-keychain-test: the keychain round trip did not run" >&2
    exit 1
fi
echo "run-keychain-test: passed against gnome-keyring"
