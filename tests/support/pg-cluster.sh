#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for trying the commands by hand, as tests/support/PgCluster
# starts one for the tests: initdb into a new folder, the server on a socket in it (no TCP),
# as the postgres user (or nobody) when run as root, since PostgreSQL refuses root.
#   eval "$(tests/support/pg-cluster.sh start)"   # sets DOSSIER_PG_DIR and DOSSIER_PG_URI
#   build/app/dossier import FILE.json --database "${DOSSIER_PG_URI}postgres"
#   tests/support/pg-cluster.sh stop "$DOSSIER_PG_DIR"
set -euo pipefail

bin="${DOSSIER_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[ -x "$bin/initdb" ] || { echo "pg-cluster.sh: initdb not found; install postgresql" >&2; exit 1; }
as=()
if [ "$(id -u)" -eq 0 ]; then
  user=postgres
  id -u "$user" >/dev/null 2>&1 || user=nobody
  as=(runuser -u "$user" --)
fi

case "${1:-}" in
start)
  dir="$(mktemp -d -p /tmp dossier-pg-sh.XXXXXX)"
  mkdir "$dir/s"
  [ ${#as[@]} -eq 0 ] || chown -R "$user:" "$dir"
  port=$(( 20000 + RANDOM % 20000 ))
  LC_ALL=C "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C \
    --no-sync --no-instructions >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-k $dir/s -p $port -c listen_addresses='' -c fsync=off" start >/dev/null
  echo "export DOSSIER_PG_DIR='$dir'"
  echo "export DOSSIER_PG_URI='postgresql://postgres@?host=$dir/s&port=$port&dbname='"
  ;;
stop)
  dir="${2:?pg-cluster.sh stop DIR}"
  case "$dir" in /tmp/dossier-pg-sh.*) ;; *) echo "pg-cluster.sh: not a cluster folder: $dir" >&2; exit 2 ;; esac
  [ ! -f "$dir/data/postmaster.pid" ] || "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
  rm -rf "$dir"
  ;;
*)
  echo "usage: pg-cluster.sh start | stop DIR" >&2
  exit 2
  ;;
esac
