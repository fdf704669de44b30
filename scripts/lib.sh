# Shared by scripts/demo, scripts/test and scripts/bench: packages, configure, build.
# shellcheck shell=bash

RELAIS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RELAIS_BUILD=${RELAIS_BUILD:-$RELAIS_ROOT/build}

# Everything Relais needs from Debian 12, to build, test and run.
RELAIS_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  libqt6sql6-sqlite libqt6sql6-psql libqt6network6
  libphonenumber-dev libprotobuf-dev libspdlog-dev catch2
  postgresql-15 xvfb xauth libgl1-mesa-dev fonts-dejavu-core clang-format
  qtkeychain-qt6-dev
  qt6-httpserver-dev qt6-websockets-dev  # the second: a dependency the first forgets to pull in
  libcurl4-openssl-dev python3-aiosmtpd openssl
  dpkg-dev desktop-file-utils file  # file: CPack reads the binaries' library needs with it
  poppler-utils
)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "relais: need root (or sudo) to install: $*" >&2; return 1; fi
}

ensure_packages() {
  local missing=()
  for p in "${RELAIS_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "relais: installing ${missing[*]}" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure_and_build() {
  cmake -S "$RELAIS_ROOT" -B "$RELAIS_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build "$RELAIS_BUILD"
}

# A throwaway PostgreSQL 15 on a private port and socket directory (initdb refuses root: run as
# postgres when we are root). Sets PGTMP, PGBIN, PGPORT and RELAIS_PG_URL; pair with stop_throwaway_postgres
# (in an EXIT trap) so the server goes whatever happens.
start_throwaway_postgres() {
  PGBIN=/usr/lib/postgresql/15/bin
  PGPORT=${1:-55432}
  PGTMP=$(mktemp -d /tmp/relais-pg.XXXXXX)
  chmod 755 "$PGTMP"
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$PGTMP"
    # A root directory only root can enter (seen in chroots made with mktemp) stops the server's own user
    # from reaching its binaries; a normal Debian has / at 755.
    if ! runuser -u postgres -- test -x "$PGBIN/initdb"; then
      echo "scripts: / is mode $(stat -c %a /), so the 'postgres' user cannot reach $PGBIN; making / searchable (chmod o+x /)" >&2
      chmod o+x /
    fi
  fi
  _run_pg "$PGBIN/initdb" -D "$PGTMP/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PGTMP/initdb.log" 2>&1 \
    || { cat "$PGTMP/initdb.log" >&2; return 1; }
  _run_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w start \
    -o "-p $PGPORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null \
    || { cat "$PGTMP/server.log" >&2; return 1; }
  RELAIS_PG_URL="postgresql://postgres@127.0.0.1:$PGPORT/postgres"
}

stop_throwaway_postgres() {
  [ -n "${PGTMP:-}" ] || return 0
  if ! _run_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null 2>&1 && [ -f "$PGTMP/data/postmaster.pid" ]; then
    # pg_ctl could not stop it: do not leave a server running on a deleted data directory.
    kill -TERM "$(head -1 "$PGTMP/data/postmaster.pid")" 2>/dev/null || true
    sleep 1
  fi
  rm -rf "$PGTMP"
  PGTMP=
}

_run_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
