#!/bin/sh
# Queue benchmark: 100,000 assignments through the real model, filter and table view, painted
# offscreen. Builds nothing: pass the build directory (target concord-queue-bench).
#   bench/app/run.sh [BUILD_DIR=build] [ROWS=100000]
set -eu
build=${1:-build}
export QT_QPA_PLATFORM=offscreen
exec "$build/bin/concord-queue-bench" "${2:-100000}"
