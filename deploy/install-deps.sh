#!/usr/bin/env bash
# Installs the Debian packages Concord needs to build, test and run.
# Idempotent and quiet when everything is already present.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ make cmake ninja-build pkgconf git ca-certificates curl
  # Qt 6 (widgets, network, sql-sqlite, test, charts, multimedia, svg)
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-multimedia-dev qt6-svg-dev
  libqt6sql6-sqlite fonts-dejavu-core
  # database
  libpq-dev libpqxx-dev postgresql-15 postgresql-client-15
  # server
  libpoco-dev
  # crypto, compression, archives, JSON
  libssl-dev openssl zlib1g-dev libzstd-dev zstd libarchive-dev nlohmann-json3-dev
  # screenshots / headless display
  xvfb xauth imagemagick
  # independent oracles used by tests (Debian's python3, /usr/bin/python3)
  python3 python3-nltk python3-sklearn python3-statsmodels python3-zstandard
  # benchmarks
  wrk hyperfine time
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Never let the PostgreSQL package create and start a system-wide cluster:
# Concord runs its own private clusters (deploy/pg-local.sh).
$SUDO mkdir -p /etc/postgresql-common/createcluster.d
echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.d/concord.conf >/dev/null

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done" >&2
