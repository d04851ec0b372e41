#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the storage tests: `start DIR` creates one in DIR, listening on
# 127.0.0.1 at a free port, and writes the address the tests use to DIR/url; `stop DIR` stops it
# and removes DIR. CTest runs the two as a fixture around every *_postgresql test. `halt DIR` stops
# the server as a crash or a power cut would (immediate, no shutdown checkpoint) and `resume DIR`
# starts it again on the same port: the reconnect test's server going away and coming back.
#
# Two roles: rp_test (trusted, owns the test databases) and rp_pass (password only, for the
# pgpass and password-prompt tests; its password is in DIR/password).
set -euo pipefail
action=${1:?start or stop}
dir=${2:?cluster folder}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
  echo "PostgreSQL is not installed (Debian package postgresql); scripts/test installs it." >&2
  exit 1
fi

# PostgreSQL refuses to run as root: the cluster then belongs to the postgres system user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

serve() { # DIR PORT
  as_owner "$bindir/pg_ctl" -D "$1/data" -l "$1/data/server.log" -w -t 60 \
    -o "-p $2 -k '' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
}

case "$action" in
halt)
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
  ;;
resume)
  port=$(sed -E 's|.*:([0-9]+)/.*|\1|' "$dir/url")
  serve "$dir" "$port"
  ;;
start)
  if [ -f "$dir/url" ] && as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    exit 0 # already running (a second fixture run in the same build)
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bindir/initdb" -D "$dir/data" -U rp_test --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  cat >"$dir/data/pg_hba.conf" <<HBA
host all rp_test 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
  serve "$dir" "$port"
  password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
  as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U rp_test -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE rp_pass LOGIN PASSWORD '$password' CREATEDB" >/dev/null
  echo "$password" >"$dir/password"
  echo "postgresql://rp_test@127.0.0.1:$port/postgres" >"$dir/url"
  echo "PostgreSQL $(basename "$(dirname "$bindir")") test cluster on 127.0.0.1:$port"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop|halt|resume DIR" >&2
  exit 2
  ;;
esac
