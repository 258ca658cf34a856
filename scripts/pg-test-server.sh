#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the tests: `start DIR` / `stop DIR` (and `kill DIR` / `restart DIR`).
#
#   start DIR  removes what a killed earlier run left in DIR (stopping its server if one still runs),
#              creates a cluster in DIR/data (UTF-8; character type C.UTF-8 so pg_trgm sees CJK characters,
#              collation C: see the README's team store), starts
#              it with its Unix socket in DIR and no TCP port (listen_addresses=''; the port number
#              only names the socket), creates pg_trgm in template1 (so every database made from it
#              has it) and prints the libpq connection string: host=DIR port=PORT user=postgres
#   stop DIR   stops the server (immediate: nothing in it is kept) and removes DIR.
#   kill DIR   stops the server the way a crash does (immediate: no checkpoint, every client cut off)
#              and keeps DIR, so that `restart DIR` can bring the same cluster back.
#   restart DIR  starts the server of DIR's existing cluster again, on the port it had (after `kill`,
#              it replays its WAL first as after a crash), and prints the connection string.
#
# initdb refuses to run as root, so as root the server runs as the postgres user (runuser) in a DIR
# it owns; every folder above DIR must then be traversable by postgres (/tmp is). As anyone else it
# runs as the current user. DIR's socket path must fit in 107 bytes: keep DIR short, under /tmp.
# Environment: COPYDESK_PG_BIN (default /usr/lib/postgresql/15/bin), COPYDESK_PG_PORT (54329),
# COPYDESK_PG_KEEP=1 keeps DIR (the server log) on stop.
set -euo pipefail

bin="${COPYDESK_PG_BIN:-/usr/lib/postgresql/15/bin}"
port="${COPYDESK_PG_PORT:-54329}"
marker=".copydesk-pg-test-server"  # DIR is only ever removed when it holds this file

fail() {
  echo "pg-test-server: $*" >&2
  exit 1
}

# Runs a server binary as the user who may own the cluster.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Prints the end of a log to stderr and fails.
fail_with_log() {
  local message="$1" log="$2"
  echo "pg-test-server: $message" >&2
  if [ -f "$log" ]; then
    echo "--- last lines of $log ---" >&2
    tail -n 30 "$log" >&2
  fi
  exit 1
}

# The pid in DIR/data/postmaster.pid when that process is alive and is this cluster's postmaster
# (a pid of a killed run may have been reused by an unrelated process: never signal that one).
live_postmaster() {
  local dir="$1" pid
  [ -f "$dir/data/postmaster.pid" ] || return 1
  pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "-D $dir/data " || return 1
  echo "$pid"
}

stop_server() {
  local dir="$1" tries=0
  live_postmaster "$dir" >/dev/null || return 0
  (cd "$dir" && as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate -W stop >/dev/null 2>&1) || true
  # Waits for the postmaster itself, not for its pid file as pg_ctl -w does: a killed postmaster
  # never removes the file, and a zombie that nobody reaps (pid 1 of some containers does not)
  # still answers kill -0.
  while live_postmaster "$dir" >/dev/null; do
    tries=$((tries + 1))
    [ "$tries" -le 600 ] || fail_with_log "the server in $dir did not stop" "$dir/log"
    sleep 0.1
  done
}

# Stops and removes a server folder, refusing one this script did not make.
remove_dir() {
  local dir="$1"
  [ -e "$dir" ] || return 0
  [ -d "$dir" ] || fail "$dir exists and is not a folder"
  if [ -f "$dir/$marker" ]; then
    stop_server "$dir"
    rm -rf -- "$dir"
  elif [ -z "$(ls -A -- "$dir")" ]; then
    rmdir -- "$dir"
  else
    fail "$dir is not empty and is not a test server folder: not removing it"
  fi
}

absolute_dir() {
  local dir="$1"
  [ -n "$dir" ] || fail "usage: pg-test-server.sh start|stop|kill|restart DIR"
  case "$dir" in
    /*) ;;
    *) dir="$PWD/$dir" ;;
  esac
  dir="${dir%/}"
  [ -n "$dir" ] || fail "refusing DIR /"
  # DIR goes into pg_ctl's -o string and into connection strings: keep it to plain path characters.
  [[ "$dir" =~ ^[A-Za-z0-9_./+-]+$ ]] || fail "DIR may hold only letters, digits and _ . / + -: $dir"
  echo "$dir"
}

# Starts the server of DIR's cluster with its socket in DIR, no TCP port. fsync, full pages and
# synchronous commits are pointless for a cluster thrown away after the run (a test that crashes the
# server and counts on its commits turns synchronous_commit on for its own database).
launch() {
  local dir="$1"
  if ! as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
      -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
      start >/dev/null; then
    (stop_server "$dir") || true
    fail_with_log "the server did not start" "$dir/log"
  fi
}

start() {
  local dir="$1" parent
  parent=$(dirname -- "$dir")
  [ -d "$parent" ] || fail "the folder $parent does not exist"
  [ -x "$bin/initdb" ] || fail "no PostgreSQL server in $bin (Debian: apt-get install postgresql-15 postgresql-contrib; or set COPYDESK_PG_BIN)"
  # The socket is DIR/.s.PGSQL.PORT and a Unix socket path holds at most 107 bytes.
  [ $((${#dir} + 13 + ${#port})) -le 107 ] || fail "DIR is too long for a Unix socket path: $dir"

  remove_dir "$dir"
  mkdir -m 700 -- "$dir"
  touch "$dir/$marker"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$dir"
    runuser -u postgres -- test -w "$dir" ||
      fail "the postgres user cannot reach $dir: every folder above it must be traversable by others (o+x); use a folder under /tmp"
  fi

  # The server user may not be able to enter the caller's working folder: work from DIR.
  cd "$dir"
  as_server_user "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --lc-collate=C --no-sync \
    >"$dir/initdb.log" 2>&1 || fail_with_log "initdb failed" "$dir/initdb.log"
  echo "$port" >"$dir/port"  # for restart
  launch "$dir"

  if ! "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d template1 \
      -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" >"$dir/psql.log" 2>&1; then
    cat "$dir/psql.log" >&2
    (stop_server "$dir") || true
    fail_with_log "could not create pg_trgm in template1 (Debian: postgresql-contrib)" "$dir/log"
  fi
  echo "host=$dir port=$port user=postgres"
}

stop() {
  local dir="$1"
  if [ ! -e "$dir" ]; then
    echo "pg-test-server: no server folder $dir: nothing to stop"
    return 0
  fi
  [ -f "$dir/$marker" ] || fail "$dir is not a test server folder"
  stop_server "$dir"
  if [ "${COPYDESK_PG_KEEP:-0}" = 1 ]; then
    echo "pg-test-server: stopped; kept $dir"
  else
    rm -rf -- "$dir"
  fi
}

crash() {
  local dir="$1"
  [ -f "$dir/$marker" ] || fail "$dir is not a test server folder"
  stop_server "$dir"
}

restart() {
  local dir="$1"
  [ -f "$dir/$marker" ] && [ -d "$dir/data" ] || fail "$dir holds no test server: start it first"
  live_postmaster "$dir" >/dev/null && fail "the server in $dir is running"
  port=$(cat "$dir/port")
  cd "$dir"
  launch "$dir"
  echo "host=$dir port=$port user=postgres"
}

command="${1:-}"
case "$command" in
  start | stop | restart) ;;
  kill) command=crash ;;  # not a function named kill: that would hide the shell's own
  *) fail "usage: pg-test-server.sh start|stop|kill|restart DIR" ;;
esac
dir=$(absolute_dir "${2:-}")
"$command" "$dir"
