#!/usr/bin/env bash
# PHI detector throughput on one core over a 100 MB synthetic corpus (held-out seed).
#   bench/phi/run.sh BUILD_DIR [MEGABYTES]
# Builds concord-phi-eval in BUILD_DIR if needed (it lives with the corpus under tests/core/phi,
# so BUILD_TESTING must be on), pins it to one CPU when taskset exists, and prints MB/s of
# thread CPU time and of wall time, for the whole detector and for the rules alone (without the
# learned name model). On a shared machine the CPU-time figure is the one to quote.
set -euo pipefail

build_dir=${1:?usage: bench/phi/run.sh BUILD_DIR [MEGABYTES]}
megabytes=${2:-100}

cmake --build "$build_dir" --target concord-phi-eval >/dev/null
tool="$build_dir/bin/concord-phi-eval"

pin=()
if command -v taskset >/dev/null 2>&1; then
  pin=(taskset -c 0)
fi

echo "concord PHI detector benchmark: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
"${pin[@]}" "$tool" --throughput-mb "$megabytes"
"${pin[@]}" "$tool" --throughput-mb "$megabytes" --rules-only | tail -n 1
