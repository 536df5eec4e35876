#!/usr/bin/env bash
# Runs the whole Concord test suite on a fresh machine:
# installs what is missing, configures and builds the `ci` preset (warnings are errors),
# runs every CTest test (a throwaway PostgreSQL cluster is started by a CTest fixture and
# stopped even when tests fail), and exits non-zero on any failure.
#   tests/run.sh            the ci preset
#   tests/run.sh --asan     the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer)
#   tests/run.sh -- ARGS    extra ctest arguments, e.g. -- -L core
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PRESET=ci
CTEST_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --asan) PRESET=asan ;;
    --) shift; CTEST_ARGS=("$@"); break ;;
    *) echo "usage: tests/run.sh [--asan] [-- ctest args]" >&2; exit 2 ;;
  esac
  shift
done
BUILD_DIR="build-$PRESET"

"$ROOT/deploy/install-deps.sh"

# Whatever happens, never leave the test cluster running.
cleanup() { "$ROOT/deploy/pg-local.sh" stop "$ROOT/$BUILD_DIR/test-pg" >/dev/null 2>&1 || true; }
trap cleanup EXIT

start=$(date +%s)
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" -j "$(nproc)"
built=$(date +%s)
echo "tests/run.sh: build took $((built - start)) s"

export QT_QPA_PLATFORM=offscreen
ctest --preset "$PRESET" -j "$(nproc)" "${CTEST_ARGS[@]}"
echo "tests/run.sh: tests took $(( $(date +%s) - built )) s"
