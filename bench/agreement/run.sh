#!/bin/sh
# Agreement benchmark: alpha (nominal, interval) on 1,000,000 ratings with concord-agree, and
# nltk's alpha on a 50,000-unit subset. Builds nothing: pass the build directory.
#   bench/agreement/run.sh [BUILD_DIR=build] [WORK_DIR=fresh temp dir]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
# Debian's python3 carries nltk; a python3 earlier on PATH may not.
exec /usr/bin/python3 "$here/bench.py" "$build" ${2:+"$2"}
