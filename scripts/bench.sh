#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds and runs every benchmark; prints one "name value unit" line per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/dev.sh setup
cmake --preset default >/dev/null
cmake --build --preset default --target bench >/dev/null
for program in build/bench/bench_*; do
    [ -x "$program" ] && "$program"
done
