#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL server for the history tests: ctest starts it before the store's tests
# (fixture "postgres") and stops it after them, whatever happened in between.
#
# usage: tools/test-postgres.sh start DIR   initdb a cluster, start it, create a role and a database
#        tools/test-postgres.sh stop DIR    stop the server started in DIR and delete its cluster
#        tools/test-postgres.sh env DIR     print the connection settings as shell exports
#
# The server runs as an unprivileged user, because PostgreSQL refuses to run as root: as root
# (CI) that is the 'postgres' system user of the Debian package, or 'nobody'; otherwise the
# caller. It listens on a unix socket in its cluster folder (trust, for the admin) and on
# 127.0.0.1 at a free port, where the test role logs in with a password (scram-sha-256). The
# settings are written to DIR/env, one KEY=VALUE a line: BOOKING_TEST_PG_HOST, _PORT, _DB, _USER,
# _PASSWORD (and _SOCKET, the socket folder). When the server cannot start, "start" still exits 0
# (so the SQLite half of the tests runs) and DIR/env holds BOOKING_TEST_PG_ERROR with the reason:
# the PostgreSQL tests then fail with it when CI=true, or skip with it on a developer machine.
# Binaries: $BOOKING_PG_BINDIR, else the newest /usr/lib/postgresql/*/bin, else initdb on PATH.
set -uo pipefail

usage() {
    echo "usage: $0 start|stop|env DIR" >&2
    exit 2
}
[ $# -eq 2 ] || usage
command="$1"
mkdir -p "$2" || exit 2
dir="$(cd "$2" && pwd)"
envfile="$dir/env"
role=booking_test
database=booking_test
admin=booking_admin

find_bindir() {
    if [ -n "${BOOKING_PG_BINDIR:-}" ] && [ -x "$BOOKING_PG_BINDIR/initdb" ]; then
        echo "$BOOKING_PG_BINDIR"
        return 0
    fi
    local candidate
    candidate="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ]; then
        echo "$candidate"
        return 0
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    return 1
}

# The user the server runs as, and how to run a command as that user.
if [ "$(id -u)" -eq 0 ]; then
    if id postgres >/dev/null 2>&1; then
        runas_user=postgres
    else
        runas_user=nobody
    fi
    as_server() { runuser -u "$runas_user" -- "$@"; }
else
    runas_user="$(id -un)"
    as_server() { "$@"; }
fi

fail_start() { # reason
    echo "test-postgres: the PostgreSQL test server did not start: $1" >&2
    {
        echo "BOOKING_TEST_PG_ERROR=$1"
    } >"$envfile"
    [ -n "${cluster:-}" ] && [ -f "$cluster/server.log" ] && tail -n 20 "$cluster/server.log" >&2
    exit 0
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

stop_server() {
    [ -f "$dir/cluster-path" ] || return 0
    local old bindir
    old="$(cat "$dir/cluster-path")"
    if [ -f "$old/data/postmaster.pid" ]; then
        bindir="$(find_bindir)" || bindir=""
        if [ -n "$bindir" ]; then
            as_server "$bindir/pg_ctl" -D "$old/data" -m fast -w -t 30 stop >/dev/null 2>&1
        fi
        # Still there (no pg_ctl, or it did not stop in time): end the server we started, by its pid.
        if [ -f "$old/data/postmaster.pid" ]; then
            local pid
            pid="$(head -n 1 "$old/data/postmaster.pid")"
            if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
                kill -TERM "$pid" 2>/dev/null
                for _ in $(seq 1 50); do
                    kill -0 "$pid" 2>/dev/null || break
                    sleep 0.1
                done
                kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
            fi
        fi
    fi
    case "$old" in
        "$dir"/cluster | "${TMPDIR:-/tmp}"/booking-pg.*) rm -rf "$old" ;;
    esac
    rm -f "$dir/cluster-path"
}

start_server() {
    stop_server
    rm -f "$envfile"
    local bindir
    bindir="$(find_bindir)" ||
        fail_start "no PostgreSQL server binaries (initdb) were found; tools/install-deps.sh installs the postgresql package"
    command -v python3 >/dev/null 2>&1 || fail_start "python3 is needed to find a free port"

    # The cluster lives in DIR when the server user can reach it and the socket path stays short
    # (unix socket paths are limited to about 100 bytes), else in a private folder under /tmp.
    cluster="$dir/cluster"
    mkdir -p "$cluster"
    [ "$(id -u)" -eq 0 ] && chown "$runas_user" "$cluster"
    if ! as_server test -w "$cluster" 2>/dev/null || [ ${#cluster} -gt 80 ]; then
        rm -rf "$cluster"
        cluster="$(mktemp -d "${TMPDIR:-/tmp}/booking-pg.XXXXXX")" || fail_start "cannot create a folder under ${TMPDIR:-/tmp}"
        [ "$(id -u)" -eq 0 ] && chown "$runas_user" "$cluster"
        chmod 755 "$cluster"
    fi
    echo "$cluster" >"$dir/cluster-path"
    as_server test -w "$cluster" || fail_start "the user $runas_user cannot write to $cluster"
    as_server mkdir -p "$cluster/socket"

    local password
    password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"

    if ! as_server "$bindir/initdb" -D "$cluster/data" -U "$admin" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$cluster/initdb.log" 2>&1; then
        tail -n 20 "$cluster/initdb.log" >&2
        fail_start "initdb failed (see above)"
    fi
    # Only the admin's unix socket is trusted; on TCP everyone logs in with a password.
    as_server sh -c "printf '%s\n' 'local all all trust' 'host all all 127.0.0.1/32 scram-sha-256' >'$cluster/data/pg_hba.conf'"

    local port="" attempt started=no
    for attempt in 1 2 3 4 5; do
        port="$(free_port)" || fail_start "no free port on 127.0.0.1"
        # Throwaway data: durability is traded for speed (fsync off), never in a real server.
        if as_server "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$cluster/socket' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c password_encryption=scram-sha-256" \
            start >/dev/null 2>&1; then
            started=yes
            break
        fi
        echo "test-postgres: start on port $port failed (attempt $attempt)" >&2
    done
    [ "$started" = yes ] || fail_start "pg_ctl start failed (see the server log above)"

    local psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$cluster/socket" -p "$port" -U "$admin")
    if ! as_server "${psql[@]}" -d postgres >"$cluster/setup.log" 2>&1 <<SQL; then
CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE $database OWNER $role ENCODING 'UTF8';
SQL
        cat "$cluster/setup.log" >&2
        fail_start "creating the test role and database failed"
    fi
    {
        echo "BOOKING_TEST_PG_HOST=127.0.0.1"
        echo "BOOKING_TEST_PG_PORT=$port"
        echo "BOOKING_TEST_PG_DB=$database"
        echo "BOOKING_TEST_PG_USER=$role"
        echo "BOOKING_TEST_PG_PASSWORD=$password"
        echo "BOOKING_TEST_PG_SOCKET=$cluster/socket"
    } >"$envfile"
    chmod 600 "$envfile"
    echo "test-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (as $runas_user), cluster $cluster"
}

case "$command" in
    start) start_server ;;
    stop)
        stop_server
        rm -f "$envfile"
        echo "test-postgres: stopped"
        ;;
    env)
        [ -f "$envfile" ] || {
            echo "test-postgres: no server was started in $dir" >&2
            exit 1
        }
        while IFS='=' read -r key value; do
            [ -n "$key" ] && printf "export %s='%s'\n" "$key" "${value//\'/\'\\\'\'}"
        done <"$envfile"
        ;;
    *) usage ;;
esac
