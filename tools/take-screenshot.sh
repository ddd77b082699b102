#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the README screenshot from the real app: starts it under Xvfb on a fresh data folder,
# types a request as a person would (xdotool), waits for the offers and grabs the screen.
# Usage: tools/take-screenshot.sh [output.png] [request text]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/docs/screenshot.png}"
request="${2:-from Paris to Rome next friday, 2 adults}"
app="${BOOKING_APP:-$root/build/src/app/booking-assistant}"
"$root/tools/install-deps.sh" --with-screenshot-tools
command -v xdotool >/dev/null && command -v xclip >/dev/null ||
    { sudo="" ; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -q xdotool xclip; }
[ -x "$app" ] || { echo "build the app first (tools/run-app.sh or cmake --build build)"; exit 1; }
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
mkdir -p "$(dirname "$out")"
export BOOKING_SHOT_OUT="$out" BOOKING_SHOT_REQUEST="$request" BOOKING_SHOT_APP="$app" BOOKING_SHOT_DATA="$data"
xvfb-run -a -s '-screen 0 1400x900x24' bash -c '
    "$BOOKING_SHOT_APP" --data-dir "$BOOKING_SHOT_DATA" &
    pid=$!
    for i in $(seq 1 50); do
        win=$(xdotool search --name "Booking Assistant" 2>/dev/null | head -n1 || true)
        [ -n "$win" ] && break
        sleep 0.2
    done
    [ -n "$win" ] || { echo "the window did not appear"; kill $pid; exit 1; }
    xdotool windowmove "$win" 0 0 windowsize "$win" 1400 900
    sleep 1
    # Pasted through the clipboard when xclip is there: xdotool cannot type accented letters.
    if command -v xclip >/dev/null; then
        printf "%s" "$BOOKING_SHOT_REQUEST" | xclip -selection clipboard
        xdotool key ctrl+v
    else
        xdotool type --delay 15 "$BOOKING_SHOT_REQUEST"
    fi
    xdotool key Return
    sleep 3
    import -window root "$BOOKING_SHOT_OUT"
    kill $pid
    wait $pid 2>/dev/null || true
'
echo "screenshot: $out"
