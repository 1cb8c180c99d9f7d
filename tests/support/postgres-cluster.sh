#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests, started and stopped by CTest fixtures
# (tests/CMakeLists.txt: postgres_cluster_start / postgres_cluster_stop).
#
#   postgres-cluster.sh start STATE_DIR   initdb in a new temporary folder, start the server on
#                                         127.0.0.1 at a free port (its unix socket in the folder,
#                                         trust authentication), write STATE_DIR/uri and STATE_DIR/folder
#   postgres-cluster.sh stop STATE_DIR    stop that server and remove its folder
#
# Every user is trusted except crm_password_test (scram-sha-256 over TCP, password "right horse",
# created with the cluster), for the password tests.
# initdb and the server refuse to run as root: as root they run as the unprivileged user `nobody`
# (override with CRM_AGENT_TEST_PG_USER); as anyone else, as that user.
set -euo pipefail

BIN="${CRM_AGENT_PG_BIN:-/usr/lib/postgresql/15/bin}"
ACTION="${1:-}"
STATE="${2:-}"
if [ -z "$ACTION" ] || [ -z "$STATE" ]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "${CRM_AGENT_TEST_PG_USER:-nobody}" -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [ -f "$STATE/folder" ] || return 0
    local folder
    folder="$(cat "$STATE/folder")"
    if [ -d "$folder/data" ] && [ -f "$folder/data/postmaster.pid" ]; then
        as_server_user "$BIN/pg_ctl" stop -D "$folder/data" -m immediate -w >/dev/null || true
    fi
    rm -rf -- "$folder"
    rm -f -- "$STATE/folder" "$STATE/uri"
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_cluster() {
    if [ ! -x "$BIN/initdb" ] || [ ! -x "$BIN/pg_ctl" ]; then
        echo "PostgreSQL 15 is not installed ($BIN/initdb): install the Debian package postgresql-15" >&2
        exit 1
    fi
    mkdir -p "$STATE"
    stop_cluster   # a cluster left over by an interrupted run
    local folder
    # As root, in /tmp: the unprivileged server user must reach the folder (root's TMPDIR may be private).
    if [ "$(id -u)" -eq 0 ]; then
        folder="$(mktemp -d /tmp/crm-agent-pg.XXXXXX)"
    else
        folder="$(mktemp -d "${TMPDIR:-/tmp}/crm-agent-pg.XXXXXX")"
    fi
    echo "$folder" >"$STATE/folder"
    if [ "$(id -u)" -eq 0 ]; then
        chown "${CRM_AGENT_TEST_PG_USER:-nobody}" "$folder"
    fi
    # C.UTF-8: comparisons and case folding of the whole of Unicode, whatever the machine's locale.
    if ! as_server_user "$BIN/initdb" -D "$folder/data" -U crm_test -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$folder/initdb.log" 2>&1; then
        cat "$folder/initdb.log" >&2
        exit 1
    fi
    # Trust for everyone but crm_password_test, who must give a password over TCP: what lets a test
    # prove a password typed in memory reaches the server, and that a wrong one is refused.
    {
        echo "host all crm_password_test 127.0.0.1/32 scram-sha-256"
        cat "$folder/data/pg_hba.conf"
    } >"$folder/pg_hba.conf.new"
    as_server_user cp "$folder/pg_hba.conf.new" "$folder/data/pg_hba.conf"
    local attempt port
    for attempt in $(seq 1 20); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        port_in_use "$port" && continue
        # Throwaway data: no fsync.
        if as_server_user "$BIN/pg_ctl" start -D "$folder/data" -w -t 60 -l "$folder/server.log" \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            >/dev/null; then
            "$BIN/psql" -X -qAt -v ON_ERROR_STOP=1 "postgresql://crm_test@127.0.0.1:$port/postgres" \
                -c "CREATE ROLE crm_password_test LOGIN PASSWORD 'right horse'" >/dev/null
            echo "postgresql://crm_test@127.0.0.1:$port/postgres" >"$STATE/uri"
            echo "PostgreSQL test cluster on 127.0.0.1:$port in $folder"
            return 0
        fi
        grep -q "could not bind\|already in use" "$folder/server.log" 2>/dev/null || break
        echo "port $port was taken (attempt $attempt), trying another" >&2
    done
    cat "$folder/server.log" >&2 || true
    stop_cluster
    echo "could not start the PostgreSQL test cluster" >&2
    exit 1
}

case "$ACTION" in
start) start_cluster ;;
stop) stop_cluster ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
