#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Linux packages, end to end (ctest: packages, label "packaging"; run by tools/run-tests.sh
# after the other tests):
#  1. cpack builds the DEB, RPM and TGZ from BUILD_DIR (a configured and built tree);
#  2. each package holds exactly the expected files (dpkg-deb, rpm -qlvp, tar tzf), with the
#     version from CMake and the runtime dependencies that no automatic scan can see;
#  3. as root with apt: installs the .deb with apt-get, runs the installed booking-assistant
#     --version/--help (offscreen), booking-cli --version and a sandbox search (kept in a
#     throwaway history: proves the SQLite driver is there), removes the package and checks that
#     none of its files is left. Not root, no apt, or BOOKING_PACKAGES_NO_INSTALL=1: says so and
#     skips this step.
# usage: packaging/check-packages.sh BUILD_DIR VERSION APP_ID
set -euo pipefail
if [ $# -ne 3 ]; then
    echo "usage: $0 BUILD_DIR VERSION APP_ID" >&2
    exit 2
fi
build="$(cd "$1" && pwd)"
version="$2"
app_id="$3"
name=booking-assistant
sizes=(16 22 24 32 48 64 128 256 512)

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }

for tool in cpack dpkg-deb rpm rpmbuild tar python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool is missing (tools/install-deps.sh --with-packaging-tools)" >&2
        exit 1
    fi
done

out="$(mktemp -d /tmp/booking-packages.XXXXXX)"
data=""
cleanup() {
    rm -rf "$out"
    if [ -n "$data" ]; then rm -rf "$data"; fi
}
trap cleanup EXIT
chmod 755 "$out" # apt's unprivileged downloader reads the .deb from here

# 1. Build the packages.
echo "== cpack -G 'DEB;RPM;TGZ' from $build"
if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;RPM;TGZ" -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
fi
arch="$(dpkg --print-architecture)"
deb="$out/${name}_${version}-1_${arch}.deb"
rpm_file="$(ls "$out"/${name}-"${version}"-1.*.rpm 2>/dev/null | head -n 1 || true)"
tgz="$(ls "$out"/${name}-"${version}"-*.tar.gz 2>/dev/null | head -n 1 || true)"
for f in "$deb" "$rpm_file" "$tgz"; do
    if [ -z "$f" ] || [ ! -f "$f" ]; then
        ls -l "$out" >&2
        echo "FAIL: a package is missing (expected ${name}_${version}-1_${arch}.deb, an .rpm, a .tar.gz)" >&2
        exit 1
    fi
    pass "built $(basename "$f") ($(du -k "$f" | cut -f1) KiB)"
done

# 2. File lists: exactly these files, relative to the install prefix.
expected="$out/expected.txt"
{
    echo "bin/booking-assistant"
    echo "bin/booking-cli"
    echo "share/applications/$app_id.desktop"
    echo "share/metainfo/$app_id.metainfo.xml"
    for n in "${sizes[@]}"; do echo "share/icons/hicolor/${n}x${n}/apps/$app_id.png"; done
    echo "share/icons/hicolor/scalable/apps/$app_id.svg"
    for f in LICENSE NOTICE README.md; do echo "share/doc/$name/$f"; done
} | sort >"$expected"

check_files() { # what, file with one path a line (prefix removed)
    local what="$1" listing="$2"
    sort -o "$listing" "$listing"
    if diff -u "$expected" "$listing" >"$out/diff.txt"; then
        pass "$what holds the $(wc -l <"$expected") expected files"
    else
        fail "$what file list (- expected, + packaged):"
        grep '^[-+][^-+]' "$out/diff.txt" >&2 || true
    fi
}

# dpkg-deb: tar entries, folders end with "/".
dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | sed 's|^\./usr/||' >"$out/deb.txt"
check_files "the .deb" "$out/deb.txt"
# rpm: long listing, folders start with "d", symbolic links with "l" (path -> target).
rpm -qlvp "$rpm_file" 2>/dev/null |
    awk '$1 ~ /^l/ {print $(NF-2); next} $1 !~ /^d/ {print $NF}' | sed 's|^/usr/||' >"$out/rpm.txt"
check_files "the .rpm" "$out/rpm.txt"
top="$(tar -tzf "$tgz" | sed -n '1s|/.*||p')"
tar -tzf "$tgz" | grep -v '/$' | sed "s|^$top/||" >"$out/tgz.txt"
check_files "the .tar.gz ($top/)" "$out/tgz.txt"

# Metadata: version and the dependencies named by hand next to those dpkg-shlibdeps found.
field() { dpkg-deb -f "$deb" "$1"; }
if [ "$(field Version)" = "$version-1" ]; then pass "deb Version $version-1"; else fail "deb Version is '$(field Version)', not $version-1"; fi
for dep in libqt6sql6-sqlite libqt6svg6 libsecret-1-0 qt6-qpa-plugins libqt6core6 libqt6widgets6 libqt6keychain1; do
    if field Depends | tr ',' '\n' | grep -q "^ *$dep\b"; then pass "deb Depends on $dep"; else fail "deb Depends lacks $dep: $(field Depends)"; fi
done
if field Recommends | grep -q 'gnome-keyring | kwalletmanager'; then pass "deb Recommends a keyring"; else fail "deb Recommends: $(field Recommends)"; fi
if field Suggests | grep -q 'libqt6sql6-psql'; then pass "deb Suggests libqt6sql6-psql"; else fail "deb Suggests: $(field Suggests)"; fi

rpm_version="$(rpm -qp --queryformat '%{VERSION}' "$rpm_file" 2>/dev/null)"
if [ "$rpm_version" = "$version" ]; then pass "rpm Version $version"; else fail "rpm Version is '$rpm_version'"; fi
rpm -qp --requires "$rpm_file" 2>/dev/null >"$out/rpm-requires.txt"
for dep in qt6-qtbase qt6-qtbase-gui qt6-qtsvg libsecret 'libQt6Core.so.6()(64bit)'; do
    if grep -qF "$dep" "$out/rpm-requires.txt"; then pass "rpm Requires $dep"; else fail "rpm Requires lacks $dep"; fi
done
if rpm -qp --recommends "$rpm_file" 2>/dev/null | grep -q 'gnome-keyring or kwalletmanager5'; then pass "rpm Recommends a keyring"; else fail "rpm Recommends: $(rpm -qp --recommends "$rpm_file" 2>/dev/null)"; fi
if rpm -qp --suggests "$rpm_file" 2>/dev/null | grep -q 'qt6-qtbase-postgresql'; then pass "rpm Suggests qt6-qtbase-postgresql"; else fail "rpm Suggests: $(rpm -qp --suggests "$rpm_file" 2>/dev/null)"; fi

# 3. Install, run, remove.
skip=""
if [ "$(id -u)" -ne 0 ]; then
    skip="not running as root"
elif ! command -v apt-get >/dev/null 2>&1; then
    skip="apt-get is not available"
elif [ "${BOOKING_PACKAGES_NO_INSTALL:-0}" = 1 ]; then
    skip="BOOKING_PACKAGES_NO_INSTALL=1"
fi
if [ -n "$skip" ]; then
    echo "SKIPPED the install/run/remove step: $skip (packages built and their file lists checked)"
else
    apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -q "$@"; }
    echo "== apt-get install $(basename "$deb")"
    if ! apt_get install -y --no-install-recommends "$deb" >"$out/apt-install.log" 2>&1; then
        cat "$out/apt-install.log" >&2
        fail "apt-get install"
        exit 1
    fi
    pass "installed with apt-get"
    dpkg -L "$name" >"$out/installed.txt"
    files_installed=0
    : >"$out/installed-files.txt"
    while read -r path; do
        if [ -e "$path" ] && [ ! -d "$path" ]; then
            echo "$path" >>"$out/installed-files.txt"
            files_installed=$((files_installed + 1))
        fi
    done <"$out/installed.txt"
    if [ "$files_installed" -eq "$(wc -l <"$expected")" ]; then pass "dpkg -L lists $files_installed files, all present"; else fail "dpkg -L: $files_installed files present, $(wc -l <"$expected") expected"; fi

    got="$(QT_QPA_PLATFORM=offscreen /usr/bin/booking-assistant --version 2>"$out/app.err" || true)"
    if [ "$got" = "booking-assistant $version" ]; then pass "booking-assistant --version: $got"; else cat "$out/app.err" >&2; fail "booking-assistant --version printed '$got'"; fi
    if QT_QPA_PLATFORM=offscreen /usr/bin/booking-assistant --help 2>/dev/null | grep -q -- '--data-dir'; then pass "booking-assistant --help"; else fail "booking-assistant --help"; fi
    got="$(/usr/bin/booking-cli --version 2>&1 || true)"
    if [ "$got" = "booking-cli $version" ]; then pass "booking-cli --version: $got"; else fail "booking-cli --version printed '$got'"; fi
    if /usr/bin/booking-cli --help 2>/dev/null | grep -q 'search'; then pass "booking-cli --help"; else fail "booking-cli --help"; fi

    data="$(mktemp -d)"
    date="$(date -d '+30 days' +%F)"
    if /usr/bin/booking-cli search --from LHR --to JFK --date "$date" --data-dir "$data" --json \
        >"$out/search.json" 2>"$out/search.err" &&
        python3 - "$out/search.json" <<'PY'; then
import json, sys
reply = json.load(open(sys.argv[1], encoding="utf-8"))
offers = reply["offers"]
assert reply["provider"] == "sandbox", reply["provider"]
assert offers, "no offers"
for offer in offers:
    assert offer["slices"][0]["segments"][0]["origin"] == "LHR", offer["id"]
    assert offer["slices"][-1]["segments"][-1]["destination"] == "JFK", offer["id"]
print(f"ok: booking-cli search LHR to JFK on the sandbox: {len(offers)} offers")
PY
        :
    else
        cat "$out/search.err" >&2
        fail "installed booking-cli search --from LHR --to JFK --date $date --json"
    fi
    # The search was kept in the history: the SQLite driver the package depends on works.
    sessions="$(/usr/bin/booking-cli history list --data-dir "$data" --json 2>/dev/null | wc -l)"
    if [ "$sessions" -eq 1 ]; then pass "the search is in the history (SQLite)"; else fail "history list shows $sessions sessions, 1 expected"; fi

    echo "== apt-get remove $name"
    if ! apt_get remove -y "$name" >"$out/apt-remove.log" 2>&1; then
        cat "$out/apt-remove.log" >&2
        fail "apt-get remove"
    fi
    left=0
    while read -r path; do
        if [ -e "$path" ] || [ -L "$path" ]; then
            fail "left after removal: $path"
            left=$((left + 1))
        fi
    done <"$out/installed-files.txt"
    if [ -d "/usr/share/doc/$name" ]; then
        fail "left after removal: /usr/share/doc/$name/"
        left=$((left + 1))
    fi
    if dpkg-query -W -f='${db:Status-Status}' "$name" 2>/dev/null | grep -qx installed; then
        fail "dpkg still lists $name as installed"
        left=$((left + 1))
    fi
    if [ "$left" -eq 0 ]; then pass "removed cleanly: none of its $files_installed files is left"; fi
fi

if [ "$failures" -ne 0 ]; then
    echo "check-packages: $failures check(s) failed" >&2
    exit 1
fi
echo "check-packages: all checks passed"
